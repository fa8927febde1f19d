import type { Action, Subject } from "../kernel/access/permissions";
import type { RequestScope } from "../kernel/context";
import { badUserInput } from "../kernel/errors";
import { requireReviewAccess } from "../reviews/review-access";
import { ReviewStatus } from "../reviews/review-status";
import type { Review } from "../reviews/review.entity";

/**
 * A review the caller may do this to, which has been held: what happened at a review is recorded only once it has.
 * NOT_FOUND as for any review the caller may not see; BAD_USER_INPUT (NOT_HELD) for one not held.
 */
export async function requireHeldReview(scope: RequestScope, action: Action, subject: Subject, reviewId: string): Promise<Review> {
  const review = await requireReviewAccess(scope, action, subject, reviewId);
  if (review.status !== ReviewStatus.HELD) {
    throw badUserInput([{ field: "reviewId", code: "NOT_HELD", message: "This review has not been recorded as held." }]);
  }
  return review;
}
