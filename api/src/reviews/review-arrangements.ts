import { QueryFailedError, type EntityManager } from "typeorm";
import { badUserInput } from "../kernel/errors";
import { isUuid } from "../kernel/pagination";
import { heldOnTime } from "./held-on-time";
import { ReviewChange, ReviewChangeKind } from "./review-change.entity";
import type { ReviewFormat } from "./review-format";
import { ReviewStatus } from "./review-status";
import { Review } from "./review.entity";

/** Who is changing a review, and the moment they do it. */
export type Arranger = Readonly<{ accountId: string; now: Date }>;

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

async function recordChange(
  db: EntityManager,
  review: Review,
  change: Pick<ReviewChange, "kind"> & Partial<Pick<ReviewChange, "startBefore" | "startAfter" | "reason">>,
  by: Arranger,
): Promise<void> {
  await db.getRepository(ReviewChange).insert({
    startBefore: null,
    startAfter: null,
    reason: null,
    ...change,
    reviewId: review.id,
    youngPersonId: review.youngPersonId,
    accountId: by.accountId,
  });
}

/**
 * The review, locked until the request ends so that two people changing it at once take turns, and the second sees
 * what the first did. Null when there is no such review or row-level security says the caller may not arrange it.
 */
export async function lockReview(db: EntityManager, reviewId: string): Promise<Review | null> {
  if (!isUuid(reviewId)) return null;
  return db.getRepository(Review).createQueryBuilder("review").setLock("pessimistic_write").where("review.id = :reviewId", { reviewId }).getOne();
}

export async function scheduleReview(
  db: EntityManager,
  input: { youngPersonId: string; scheduledFor: Date; format: ReviewFormat; venue?: string | null },
  by: Arranger,
): Promise<Review> {
  refusePastStart(input.scheduledFor, by.now);
  const reviews = db.getRepository(Review);
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
  await recordChange(db, review, { kind: ReviewChangeKind.SCHEDULED, startAfter: review.scheduledFor }, by);
  return review;
}

/** `review` must have been locked with lockReview, as for every change below. */
export async function rescheduleReview(db: EntityManager, review: Review, input: { scheduledFor: Date; reason: string }, by: Arranger): Promise<Review> {
  requirePlanned(review);
  refusePastStart(input.scheduledFor, by.now);
  if (input.scheduledFor.getTime() === review.scheduledFor.getTime()) {
    throw badUserInput([{ field: "scheduledFor", code: "UNCHANGED", message: "The review already starts then. Choose a different time." }]);
  }
  await db.getRepository(Review).update({ id: review.id }, { scheduledFor: input.scheduledFor });
  const change = { startBefore: review.scheduledFor, startAfter: input.scheduledFor, reason: input.reason.trim() };
  await recordChange(db, review, { kind: ReviewChangeKind.RESCHEDULED, ...change }, by);
  return Object.assign(review, { scheduledFor: input.scheduledFor });
}

export async function recordReviewHeld(db: EntityManager, review: Review, by: Arranger): Promise<Review> {
  requirePlanned(review);
  if (review.scheduledFor.getTime() > by.now.getTime()) {
    throw badUserInput([{ field: "reviewId", code: "NOT_STARTED_YET", message: "This review has not started yet. Record it as held once it has taken place." }]);
  }
  const onTime = await heldOnTime(db, review);
  await db.getRepository(Review).update({ id: review.id }, { status: ReviewStatus.HELD, heldOnTime: onTime });
  await recordChange(db, review, { kind: ReviewChangeKind.HELD }, by);
  return Object.assign(review, { status: ReviewStatus.HELD, heldOnTime: onTime });
}

/** Adjourns or cancels a planned review: either way it will not be held, and the young person needs another. */
export async function closeReview(
  db: EntityManager,
  review: Review,
  outcome: ReviewStatus.ADJOURNED | ReviewStatus.CANCELLED,
  reason: string,
  by: Arranger,
): Promise<Review> {
  requirePlanned(review);
  await db.getRepository(Review).update({ id: review.id }, { status: outcome });
  await recordChange(db, review, { kind: ReviewChangeKind[outcome], reason: reason.trim() }, by);
  return Object.assign(review, { status: outcome });
}
