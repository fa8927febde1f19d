import { Role } from "../kernel/access/role";
import { onRecord, type MatrixRows } from "../testing/authorization-matrix";

/** Who may call this domain's operations, and on whose record (see api/src/testing/authorization-matrix.ts). */
export const authorization: MatrixRows = {
  saveViewsDraft: {
    access: onRecord([Role.YOUNG_PERSON], [], []),
    call: (_target, { reviewId }) => ({
      query: "mutation ($i: SaveViewsDraftInput!) { saveViewsDraft(input: $i) { savedAt } }",
      variables: { i: { reviewId, feelingAboutHome: "HAPPY" } },
    }),
  },
  submitViews: {
    access: onRecord([Role.YOUNG_PERSON], [], []),
    call: (_target, { reviewId }) => ({
      query: "mutation ($i: SubmitViewsInput!) { submitViews(input: $i) { number } }",
      variables: { i: { reviewId, submissionKey: "6f1c1f2e-3b7a-4c55-9d0e-2a8b4c6d8e10" } },
    }),
  },
};
