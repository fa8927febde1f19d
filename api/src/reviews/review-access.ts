import { callersAssignments, requireAccess } from "../people/young-person-access";
import type { Action, Subject } from "../kernel/access/permissions";
import type { RequestScope } from "../kernel/context";
import { notFound } from "../kernel/errors";
import { isUuid } from "../kernel/pagination";
import { ReviewStatus } from "./review-status";
import type { Review } from "./review.entity";

/**
 * The review, when the caller may do this to its young person's record; NOT_FOUND otherwise, the same as for a review
 * that does not exist. Row-level security already hides reviews of young people the caller may not see.
 */
export async function requireReviewAccess(scope: RequestScope, action: Action, subject: Subject, reviewId: string): Promise<Review> {
  if (!isUuid(reviewId)) throw notFound();
  const [review] = await Promise.all([scope.loaders.reviewById.load(reviewId), callersAssignments(scope, action, subject)]);
  if (!review) throw notFound();
  await requireAccess(scope, action, subject, review.youngPersonId);
  return review;
}

/** A review the young person and the people in their life can still prepare for: planned, and not yet started. */
export function isStillToCome(review: Review, now = new Date()): boolean {
  return review.status === ReviewStatus.PLANNED && review.scheduledFor.getTime() > now.getTime();
}
