import { Role } from "../kernel/access/role";
import { onRecord, type MatrixRows } from "../testing/authorization-matrix";

/** Who may call this domain's operations, and on whose record (see api/src/testing/authorization-matrix.ts). */
export const authorization: MatrixRows = {
  recordReviewAttendees: {
    access: onRecord([], [Role.IRO], []),
    targetReview: "held",
    call: (_target, { reviewId, invitedPersonId }) => ({
      query: "mutation ($i: RecordReviewAttendeesInput!) { recordReviewAttendees(input: $i) { attendees { id } } }",
      variables: { i: { reviewId, attendees: [{ personId: invitedPersonId, askForFeedback: true }] } },
    }),
  },
  reviewAttendees: {
    access: onRecord([], [Role.IRO, Role.SOCIAL_WORKER], [Role.IRO_MANAGER]),
    call: (_target, { reviewId }) => ({ query: "query ($r: ID!) { reviewAttendees(reviewId: $r) { id name } }", variables: { r: reviewId } }),
  },
};
