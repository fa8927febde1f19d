import { Role } from "../kernel/access/role";
import { onRecord, type MatrixRows } from "../testing/authorization-matrix";

const READERS = onRecord([Role.YOUNG_PERSON], [Role.SOCIAL_WORKER, Role.IRO], [Role.IRO_MANAGER]);
const WRITERS = onRecord([], [Role.IRO], [Role.IRO_MANAGER]);

/** Who may call this domain's operations, and on whose record (see api/src/testing/authorization-matrix.ts). */
export const authorization: MatrixRows = {
  heldReview: {
    access: READERS,
    targetReview: "held",
    call: (_target, { reviewId }) => ({ query: "query ($id: ID!) { heldReview(reviewId: $id) { id record { latest { number } } } }", variables: { id: reviewId } }),
  },
  reviewRecords: {
    access: READERS,
    targetReview: "held",
    call: (target) => ({ query: "query ($id: ID!) { reviewRecords(youngPersonId: $id) { items { id } } }", variables: { id: target } }),
  },
  recordReviewConduct: {
    access: WRITERS,
    targetReview: "held",
    call: (_target, { reviewId }) => ({
      query: "mutation ($i: RecordReviewConductInput!) { recordReviewConduct(input: $i) { participation } }",
      variables: { i: { reviewId, chairedBy: "CO_CHAIRED", chairingDeclined: false, metIroAloneFirst: true, meetings: "ONE_MEETING", participation: "PN1" } },
    }),
  },
  saveReviewRecordDraft: {
    access: WRITERS,
    targetReview: "held",
    call: (_target, { reviewId }) => ({
      query: "mutation ($i: SaveReviewRecordDraftInput!) { saveReviewRecordDraft(input: $i) { savedAt } }",
      variables: { i: { reviewId, goingWell: "You are doing well at school." } },
    }),
  },
  completeReviewRecord: {
    access: WRITERS,
    targetReview: "held",
    call: (_target, { reviewId }) => ({
      query: "mutation ($i: CompleteReviewRecordInput!) { completeReviewRecord(input: $i) { number } }",
      variables: { i: { reviewId, reason: "Matrix test", submissionKey: "0b8a3f6e-3f1c-4a55-9d0e-2a8b4c6d8e11" } },
    }),
  },
  markReviewRecordOpened: {
    access: onRecord([Role.YOUNG_PERSON], [], []),
    targetReview: "held",
    call: (_target, { reviewId }) => ({ query: "mutation ($id: ID!) { markReviewRecordOpened(reviewId: $id) }", variables: { id: reviewId } }),
  },
};
