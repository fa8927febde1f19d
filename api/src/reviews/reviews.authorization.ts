import { Role } from "../kernel/access/role";
import { onRecord, daysFromNow, type MatrixRows } from "../testing/authorization-matrix";

/** Who may call this domain's operations, and on whose record (see api/src/testing/authorization-matrix.ts). */
export const authorization: MatrixRows = {
  scheduleReview: {
    access: onRecord([], [Role.IRO], [Role.IRO_MANAGER]),
    targetReview: "none",
    call: (target) => ({
      query: "mutation ($i: ScheduleReviewInput!) { scheduleReview(input: $i) { id } }",
      variables: { i: { youngPersonId: target, scheduledFor: daysFromNow(10), format: "IN_PERSON", venue: "Oak Lodge, the family room" } },
    }),
  },
  rescheduleReview: {
    access: onRecord([], [Role.IRO], [Role.IRO_MANAGER]),
    call: (_target, { reviewId }) => ({
      query: "mutation ($i: RescheduleReviewInput!) { rescheduleReview(input: $i) { id } }",
      variables: { i: { reviewId, scheduledFor: daysFromNow(12), reason: "Matrix test" } },
    }),
  },
  rearrangeReview: {
    access: onRecord([], [Role.IRO], [Role.IRO_MANAGER]),
    call: (_target, { reviewId }) => ({
      query: "mutation ($i: RearrangeReviewInput!) { rearrangeReview(input: $i) { id } }",
      variables: { i: { reviewId, format: "ONLINE", venue: null, reason: "Matrix test" } },
    }),
  },
  recordReviewHeld: {
    access: onRecord([], [Role.IRO], [Role.IRO_MANAGER]),
    targetReview: "started",
    call: (_target, { reviewId }) => ({
      query: "mutation ($i: RecordReviewHeldInput!) { recordReviewHeld(input: $i) { id } }",
      variables: { i: { reviewId } },
    }),
  },
  adjournReview: {
    access: onRecord([], [Role.IRO], [Role.IRO_MANAGER]),
    call: (_target, { reviewId }) => ({
      query: "mutation ($i: AdjournReviewInput!) { adjournReview(input: $i) { id } }",
      variables: { i: { reviewId, reason: "Matrix test" } },
    }),
  },
  cancelReview: {
    access: onRecord([], [Role.IRO], [Role.IRO_MANAGER]),
    call: (_target, { reviewId }) => ({
      query: "mutation ($i: CancelReviewInput!) { cancelReview(input: $i) { id } }",
      variables: { i: { reviewId, reason: "Matrix test" } },
    }),
  },
};
