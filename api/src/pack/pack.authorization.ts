import { Role } from "../kernel/access/role";
import { onRecord, type MatrixRows } from "../testing/authorization-matrix";

/** Who may call this domain's operations, and on whose record (see api/src/testing/authorization-matrix.ts). */
export const authorization: MatrixRows = {
  preReviewPack: {
    access: onRecord([], [Role.IRO], [Role.IRO_MANAGER]),
    call: (_target, { reviewId }) => ({ query: "query ($id: ID!) { preReviewPack(reviewId: $id) { previouslyOpenedAt } }", variables: { id: reviewId } }),
  },
};
