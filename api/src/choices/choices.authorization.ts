import { Role } from "../kernel/access/role";
import { onRecord, type MatrixRows } from "../testing/authorization-matrix";

/** Who may call this domain's operations, and on whose record (see api/src/testing/authorization-matrix.ts). */
export const authorization: MatrixRows = {
  saveReviewChoices: {
    access: onRecord([Role.YOUNG_PERSON], [], []),
    call: (_target, { reviewId }) => ({
      query: "mutation ($i: SaveReviewChoicesInput!) { saveReviewChoices(input: $i) { id } }",
      variables: { i: { reviewId, chairing: "NOT_SURE" } },
    }),
  },
  sendReviewChoices: {
    access: onRecord([Role.YOUNG_PERSON], [], []),
    call: (_target, { reviewId }) => ({ query: "mutation ($id: ID!) { sendReviewChoices(reviewId: $id) { id } }", variables: { id: reviewId } }),
  },
  answerChoice: {
    access: onRecord([], [Role.IRO], []),
    call: (_target, { reviewId }) => ({
      query: "mutation ($i: AnswerChoiceInput!) { answerChoice(input: $i) { id } }",
      variables: { i: { reviewId, topic: "MEET_IRO_FIRST", accepted: true } },
    }),
  },
  lockReviewChoices: {
    access: onRecord([], [Role.IRO], []),
    call: (_target, { reviewId }) => ({
      query: "mutation ($i: LockReviewChoicesInput!) { lockReviewChoices(input: $i) { id } }",
      variables: { i: { reviewId, locked: true } },
    }),
  },
};
