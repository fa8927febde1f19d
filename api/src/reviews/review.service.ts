import { QueryFailedError } from "typeorm";
import type { RequestScope } from "../kernel/context";
import { badUserInput, notFound } from "../kernel/errors";
import { isUuid } from "../kernel/pagination";
import { requireAccess } from "../people/young-person-access";
import { heldOnTime } from "./held-on-time";
import type {
  AdjournReviewInput,
  CancelReviewInput,
  RearrangeReviewInput,
  RecordReviewHeldInput,
  RescheduleReviewInput,
  ScheduleReviewInput,
} from "./review-arrangement.inputs";
import { ReviewChange, ReviewChangeKind } from "./review-change.entity";
import { ReviewStatus } from "./review-status";
import { Review } from "./review.entity";

const ONE_PLANNED_INDEX = "review_one_planned_idx";

const NO_LONGER_PLANNED: Record<Exclude<ReviewStatus, ReviewStatus.PLANNED>, string> = {
  [ReviewStatus.HELD]: "This review has already been held.",
  [ReviewStatus.ADJOURNED]: "This review was adjourned. Schedule a new one instead.",
  [ReviewStatus.CANCELLED]: "This review was cancelled. Schedule a new one instead.",
};

const alreadyPlanned = () =>
  badUserInput([{ field: "youngPersonId", code: "ALREADY_PLANNED", message: "This young person already has a review planned. Reschedule or cancel that one first." }]);

function refusePastStart(scheduledFor: Date, now: Date): void {
  if (scheduledFor.getTime() <= now.getTime()) throw badUserInput([{ field: "scheduledFor", code: "IN_THE_PAST", message: "Choose a time that has not passed yet." }]);
}

function requirePlanned(review: Review): void {
  if (review.status !== ReviewStatus.PLANNED) throw badUserInput([{ field: "reviewId", code: "NOT_COMING_UP", message: NO_LONGER_PLANNED[review.status] }]);
}

function violates(error: unknown, constraint: string): boolean {
  return error instanceof QueryFailedError && (error.driverError as { constraint?: string }).constraint === constraint;
}

/** Adds to the review's history, as done by the caller. */
async function recordChange(
  scope: RequestScope,
  review: Review,
  change: Pick<ReviewChange, "kind"> &
    Partial<Pick<ReviewChange, "startBefore" | "startAfter" | "formatBefore" | "formatAfter" | "venueBefore" | "venueAfter" | "reason">>,
): Promise<void> {
  await scope.db.getRepository(ReviewChange).insert({
    startBefore: null,
    startAfter: null,
    formatBefore: null,
    formatAfter: null,
    venueBefore: null,
    venueAfter: null,
    reason: null,
    ...change,
    reviewId: review.id,
    youngPersonId: review.youngPersonId,
    accountId: scope.viewer!.account.id,
  });
}

/**
 * The review, if the caller may arrange it, locked until the request ends so that two people changing it at once take
 * turns, and the second sees what the first did. NOT_FOUND when there is no such review, when row-level security says
 * the caller may not arrange it, or when the access check does.
 */
async function lockArrangeable(scope: RequestScope, reviewId: string): Promise<Review> {
  const review = isUuid(reviewId)
    ? await scope.db.getRepository(Review).createQueryBuilder("review").setLock("pessimistic_write").where("review.id = :reviewId", { reviewId }).getOne()
    : null;
  if (!review) throw notFound();
  await requireAccess(scope, "update", "review", review.youngPersonId);
  return review;
}

/** Plans a young person's next review; they have at most one planned at a time. */
export async function scheduleReview(scope: RequestScope, input: ScheduleReviewInput): Promise<Review> {
  await requireAccess(scope, "update", "review", input.youngPersonId);
  refusePastStart(input.scheduledFor, new Date());
  const reviews = scope.db.getRepository(Review);
  if (await reviews.existsBy({ youngPersonId: input.youngPersonId, status: ReviewStatus.PLANNED })) throw alreadyPlanned();
  let review: Review;
  try {
    // Two people scheduling at once both pass the check above; the unique index makes the second wait and fail here.
    review = await reviews.save(
      reviews.create({
        youngPersonId: input.youngPersonId,
        scheduledFor: input.scheduledFor,
        format: input.format,
        venue: input.venue?.trim() || null,
        status: ReviewStatus.PLANNED,
        heldOnTime: null,
      }),
    );
  } catch (error) {
    if (violates(error, ONE_PLANNED_INDEX)) throw alreadyPlanned();
    throw error;
  }
  await recordChange(scope, review, { kind: ReviewChangeKind.SCHEDULED, startAfter: review.scheduledFor });
  scope.audit.record("create", "review", review.youngPersonId);
  return review;
}

export async function rescheduleReview(scope: RequestScope, input: RescheduleReviewInput): Promise<Review> {
  const review = await lockArrangeable(scope, input.reviewId);
  requirePlanned(review);
  refusePastStart(input.scheduledFor, new Date());
  if (input.scheduledFor.getTime() === review.scheduledFor.getTime()) {
    throw badUserInput([{ field: "scheduledFor", code: "UNCHANGED", message: "The review already starts then. Choose a different time." }]);
  }
  await scope.db.getRepository(Review).update({ id: review.id }, { scheduledFor: input.scheduledFor });
  const change = { startBefore: review.scheduledFor, startAfter: input.scheduledFor, reason: input.reason.trim() };
  await recordChange(scope, review, { kind: ReviewChangeKind.RESCHEDULED, ...change });
  return Object.assign(review, { scheduledFor: input.scheduledFor });
}

/** Changes how and where a planned review meets, so that it can follow what the young person asked for without being cancelled. */
export async function rearrangeReview(scope: RequestScope, input: RearrangeReviewInput): Promise<Review> {
  const review = await lockArrangeable(scope, input.reviewId);
  requirePlanned(review);
  const venue = input.venue?.trim() || null;
  if (input.format === review.format && venue === review.venue) {
    throw badUserInput([{ field: "format", code: "UNCHANGED", message: "The review already meets like this. Change how or where it meets." }]);
  }
  await scope.db.getRepository(Review).update({ id: review.id }, { format: input.format, venue });
  const change = { formatBefore: review.format, formatAfter: input.format, venueBefore: review.venue, venueAfter: venue, reason: input.reason.trim() };
  await recordChange(scope, review, { kind: ReviewChangeKind.REARRANGED, ...change });
  return Object.assign(review, { format: input.format, venue });
}

/** Records that a planned review took place, once its start has passed, and whether it was on time. */
export async function recordReviewHeld(scope: RequestScope, input: RecordReviewHeldInput): Promise<Review> {
  const review = await lockArrangeable(scope, input.reviewId);
  requirePlanned(review);
  if (review.scheduledFor.getTime() > Date.now()) {
    throw badUserInput([{ field: "reviewId", code: "NOT_STARTED_YET", message: "This review has not started yet. Record it as held once it has taken place." }]);
  }
  const onTime = await heldOnTime(scope.db, review);
  await scope.db.getRepository(Review).update({ id: review.id }, { status: ReviewStatus.HELD, heldOnTime: onTime });
  await recordChange(scope, review, { kind: ReviewChangeKind.HELD });
  return Object.assign(review, { status: ReviewStatus.HELD, heldOnTime: onTime });
}

/** Adjourns or cancels a planned review: either way it will not be held, and the young person needs another. */
async function closeReview(
  scope: RequestScope,
  input: AdjournReviewInput | CancelReviewInput,
  outcome: ReviewStatus.ADJOURNED | ReviewStatus.CANCELLED,
): Promise<Review> {
  const review = await lockArrangeable(scope, input.reviewId);
  requirePlanned(review);
  await scope.db.getRepository(Review).update({ id: review.id }, { status: outcome });
  await recordChange(scope, review, { kind: ReviewChangeKind[outcome], reason: input.reason.trim() });
  return Object.assign(review, { status: outcome });
}

export async function adjournReview(scope: RequestScope, input: AdjournReviewInput): Promise<Review> {
  return closeReview(scope, input, ReviewStatus.ADJOURNED);
}

export async function cancelReview(scope: RequestScope, input: CancelReviewInput): Promise<Review> {
  return closeReview(scope, input, ReviewStatus.CANCELLED);
}
