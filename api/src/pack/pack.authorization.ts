import { Role } from "../kernel/access/role";
import { onRecord, type MatrixRows } from "../testing/authorization-matrix";

/** Whoever may read a pack may mark it read, and nobody else. */
const packReaders = onRecord([], [Role.IRO], [Role.IRO_MANAGER]);

/** Who may call this domain's operations, and on whose record (see api/src/testing/authorization-matrix.ts). */
export const authorization: MatrixRows = {
  preReviewPack: {
    access: packReaders,
    call: (_target, { reviewId }) => ({ query: "query ($id: ID!) { preReviewPack(reviewId: $id) { readUpTo } }", variables: { id: reviewId } }),
  },
  markPackRead: {
    access: packReaders,
    call: (_target, { reviewId }) => ({
      query: "mutation ($id: ID!, $upTo: DateTimeISO!) { markPackRead(reviewId: $id, upTo: $upTo) }",
      variables: { id: reviewId, upTo: new Date().toISOString() },
    }),
  },
};
