import type { Review } from "../reviews/review.entity";

const FEEDBACK_DAYS_MS = 28 * 24 * 60 * 60 * 1000;

/** Feedback is asked for until 28 days after the review, by link or in the portal: long enough, and still fresh. */
export function feedbackClosesAt(review: Pick<Review, "scheduledFor">): Date {
  return new Date(review.scheduledFor.getTime() + FEEDBACK_DAYS_MS);
}

/** The earliest a review can have been held and still be open to feedback now. */
export function heldSinceStillOpen(now: Date): Date {
  return new Date(now.getTime() - FEEDBACK_DAYS_MS);
}
