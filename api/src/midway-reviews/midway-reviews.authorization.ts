import { Role } from "../kernel/access/role";
import { onRecord, type MatrixRows } from "../testing/authorization-matrix";

/** Who may call this domain's operations, and on whose record (see api/src/testing/authorization-matrix.ts). */
export const authorization: MatrixRows = {
  recordMidwayReview: {
    access: onRecord([], [Role.IRO], [Role.IRO_MANAGER]),
    targetReview: "held",
    call: (_target, { reviewId }) => ({
      query: "mutation ($i: RecordMidwayReviewInput!) { recordMidwayReview(input: $i) { checkedOn } }",
      variables: { i: { reviewId, checkedOn: new Date().toISOString().slice(0, 10), note: "Matrix test", concernRaised: false, progress: [] } },
    }),
  },
};
