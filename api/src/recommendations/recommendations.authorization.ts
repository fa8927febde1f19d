import { Role } from "../kernel/access/role";
import { onRecord, type MatrixRows } from "../testing/authorization-matrix";

const WRITERS = onRecord([], [Role.IRO], [Role.IRO_MANAGER]);

/** Who may call this domain's operations, and on whose record (see api/src/testing/authorization-matrix.ts). */
export const authorization: MatrixRows = {
  addRecommendation: {
    access: WRITERS,
    targetReview: "held",
    call: (_target, { reviewId }) => ({
      query: "mutation ($i: AddRecommendationInput!) { addRecommendation(input: $i) { number responsible } }",
      variables: { i: { reviewId, action: "Book a dentist's appointment", responsibleRole: "The foster carer", dueOn: "2099-01-31" } },
    }),
  },
  issueRecommendations: {
    access: WRITERS,
    targetReview: "held",
    call: (_target, { reviewId }) => ({ query: "mutation ($id: ID!) { issueRecommendations(reviewId: $id) }", variables: { id: reviewId } }),
  },
  updateRecommendationStatus: {
    access: WRITERS,
    targetReview: "held",
    call: (_target, { arranged }) => ({
      query: "mutation ($i: RecommendationProgressInput!) { updateRecommendationStatus(input: $i) { status } }",
      variables: { i: { recommendationId: arranged.recommendationId, status: "IN_PROGRESS", note: "Matrix test" } },
    }),
  },
};
