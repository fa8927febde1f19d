import { Role } from "../kernel/access/role";
import { onRecord, type MatrixRows } from "../testing/authorization-matrix";

/** Who may call this domain's operations, and on whose record (see api/src/testing/authorization-matrix.ts). */
export const authorization: MatrixRows = {
  askAboutReviewRecord: {
    access: onRecord([Role.YOUNG_PERSON], [], []),
    targetReview: "held",
    call: (_target, { reviewId }) => ({
      query: "mutation ($i: AskAboutReviewRecordInput!) { askAboutReviewRecord(input: $i) { askedAt } }",
      variables: { i: { reviewId, kind: "NOT_RIGHT", message: "My school's name is wrong.", submissionKey: "5d1c1f2e-3b7a-4c55-9d0e-2a8b4c6d8e12" } },
    }),
  },
  answerRecordQuestion: {
    access: onRecord([], [Role.IRO], [Role.IRO_MANAGER]),
    targetReview: "held",
    call: (_target, { arranged }) => ({
      query: "mutation ($i: AnswerRecordQuestionInput!) { answerRecordQuestion(input: $i) { answeredAt } }",
      variables: { i: { questionId: arranged.recordQuestionId, answer: "A care plan says what will happen to help you." } },
    }),
  },
};
