import type { RequestScope } from "../kernel/context";
import { ageOn } from "../kernel/calendar/age";
import { calendarDate } from "../kernel/calendar/calendar-date";
import { badUserInput, type FieldError } from "../kernel/errors";
import { requireAccess } from "../people/young-person-access";
import { Review } from "../reviews/review.entity";
import { ReviewStatus } from "../reviews/review-status";
import { decodeCursor, isTimestamp, isUuid, toPage, type PageArgs } from "../kernel/pagination";
import { ParticipationCode, PN0_BELOW_AGE, ReviewChair } from "./conduct-options";
import { requireHeldReview } from "./held-review";
import { RECORD_SECTIONS, type RecordSections } from "./record-sections";
import { ReviewConduct } from "./review-conduct.entity";
import { ReviewRecordDraft } from "./review-record-draft.entity";
import { ReviewRecordOpening } from "./review-record-opening.entity";
import { ReviewRecordVersion } from "./review-record-version.entity";
import type { CompleteReviewRecordInput, RecordReviewConductInput, SaveReviewRecordDraftInput } from "./review-record.inputs";
import { heldOn } from "./work-deadline";

/** The review a record is read from: held, and the caller may read its record. */
export function readHeldReview(scope: RequestScope, reviewId: string): Promise<Review> {
  return requireHeldReview(scope, "read", "review-record", reviewId);
}

/** Whether the young person was under 4 on the day of the review: on their 4th birthday they are 4. */
export function wasUnderFour(dateOfBirth: string, review: Pick<Review, "scheduledFor">): boolean {
  return ageOn(calendarDate(dateOfBirth), heldOn(review.scheduledFor)) < PN0_BELOW_AGE;
}

/**
 * PN0 is the code for a child under 4 on the day of the review, and for nobody else; on their 4th birthday a child is
 * 4. Left out for an under-4, it is PN0; for anyone older it must be given.
 */
export function participationFor(dateOfBirth: string, review: Pick<Review, "scheduledFor">, given: ParticipationCode | null | undefined): ParticipationCode {
  const underFour = wasUnderFour(dateOfBirth, review);
  if (underFour && (given ?? ParticipationCode.PN0) === ParticipationCode.PN0) return ParticipationCode.PN0;
  if (underFour) {
    throw badUserInput([{ field: "participation", code: "CONFLICTING", message: "The young person was under 4 on the day of the review, so their code is PN0." }]);
  }
  if (!given) throw badUserInput([{ field: "participation", code: "REQUIRED", message: "Choose how the young person took part." }]);
  if (given === ParticipationCode.PN0) {
    throw badUserInput([{ field: "participation", code: "CONFLICTING", message: "PN0 is only for a child under 4 on the day of the review." }]);
  }
  return given;
}

/** Records, or records again, who chaired a held review, how it met and how the young person took part. */
export async function recordConduct(scope: RequestScope, input: RecordReviewConductInput): Promise<ReviewConduct> {
  const review = await requireHeldReview(scope, "update", "review-record", input.reviewId);
  const youngPerson = await scope.loaders.youngPersonById.load(review.youngPersonId);
  if (!youngPerson) throw new Error("A held review's young person could not be read by someone allowed to record it.");
  const problems: FieldError[] = [];
  if (input.chairingDeclined && input.chairedBy !== ReviewChair.IRO) {
    problems.push({ field: "chairingDeclined", code: "CONFLICTING", message: "The young person chaired the review, so they did not say no to chairing it." });
  }
  if (problems.length > 0) throw badUserInput(problems);
  const participation = participationFor(youngPerson.dateOfBirth, review, input.participation);
  const conducts = scope.db.getRepository(ReviewConduct);
  const values = {
    youngPersonId: review.youngPersonId,
    chairedBy: input.chairedBy,
    chairingDeclined: input.chairingDeclined,
    metIroAloneFirst: input.metIroAloneFirst,
    meetings: input.meetings,
    participation,
  };
  await conducts.createQueryBuilder().insert().values({ reviewId: review.id, ...values }).orUpdate([...Object.keys(values).map(column), "recorded_at"], ["review_id"]).execute();
  return conducts.findOneByOrFail({ reviewId: review.id });
}

const column = (property: string) => property.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

const sectionsOf = (from: RecordSections): RecordSections => Object.fromEntries(RECORD_SECTIONS.map((key) => [key, from[key]])) as unknown as RecordSections;
const isEmpty = (sections: RecordSections) => RECORD_SECTIONS.every((key) => sections[key] === null);
const isSame = (one: RecordSections, other: RecordSections) => RECORD_SECTIONS.every((key) => one[key] === other[key]);

/** Saves the IRO's draft: a section left out keeps what was saved, one sent empty clears it. Text is kept as typed. */
export async function saveRecordDraft(scope: RequestScope, input: SaveReviewRecordDraftInput): Promise<ReviewRecordDraft> {
  const review = await requireHeldReview(scope, "update", "review-record", input.reviewId);
  const drafts = scope.db.getRepository(ReviewRecordDraft);
  await drafts.createQueryBuilder().insert().values({ reviewId: review.id, youngPersonId: review.youngPersonId }).orIgnore().execute();
  const draft = await drafts.createQueryBuilder("draft").setLock("pessimistic_write").where("draft.review_id = :id", { id: review.id }).getOneOrFail();
  for (const key of RECORD_SECTIONS) {
    const value = input[key];
    if (value === undefined) continue;
    draft[key] = value === null || value.trim() === "" ? null : value;
  }
  return drafts.save(draft);
}

/**
 * Shares the draft with the young person as the next version of the record: the first completes it, each after is a
 * correction with its reason. Nothing before is changed. The same submission key again answers with its version.
 */
export async function completeRecord(scope: RequestScope, input: CompleteReviewRecordInput): Promise<ReviewRecordVersion> {
  const review = await requireHeldReview(scope, "update", "review-record", input.reviewId);
  // Completions of the same record wait for each other here, so a repeat finds the version the first one stored.
  const draft = await scope.db
    .getRepository(ReviewRecordDraft)
    .createQueryBuilder("draft")
    .setLock("pessimistic_write")
    .where("draft.review_id = :id", { id: review.id })
    .getOne();
  const versions = scope.db.getRepository(ReviewRecordVersion);
  const already = await versions.findOneBy({ reviewId: review.id, submissionKey: input.submissionKey });
  if (already) return already;
  const latest = await versions.findOne({ where: { reviewId: review.id }, order: { number: "DESC" } });
  const reason = input.reason?.trim() || null;
  const problems: FieldError[] = [];
  if (!draft || isEmpty(draft)) problems.push({ field: "reviewId", code: "NOTHING_ANSWERED", message: "Write at least one part of the record before you complete it." });
  else if (latest && isSame(latest, draft)) problems.push({ field: "reviewId", code: "UNCHANGED", message: "The record is the same as the version shared. Change it before you share a correction." });
  if (latest && !reason) problems.push({ field: "reason", code: "REQUIRED", message: "Say why the record is being corrected." });
  if (problems.length > 0 || !draft) throw badUserInput(problems);
  const version = await versions.save(
    versions.create({
      ...sectionsOf(draft),
      reviewId: review.id,
      youngPersonId: review.youngPersonId,
      number: (latest?.number ?? 0) + 1,
      reason: latest ? reason : null,
      submissionKey: input.submissionKey,
      completedByAccountId: scope.viewer!.account.id,
    }),
  );
  scope.audit.record("create", "review-record", review.youngPersonId);
  return version;
}

/**
 * The young person says they have opened their record, so that their IRO sees whether and when they first did. Only
 * the first opening is kept; before the record is completed there is nothing to open, and it answers null.
 */
export async function markRecordOpened(scope: RequestScope, reviewId: string): Promise<Date | null> {
  const review = await requireHeldReview(scope, "create", "record-reading", reviewId);
  if (!(await scope.loaders.recordVersionsByReviewId.load(review.id)).length) return null;
  const openings = scope.db.getRepository(ReviewRecordOpening);
  await openings.createQueryBuilder().insert().values({ reviewId: review.id, youngPersonId: review.youngPersonId }).orIgnore().execute();
  return (await openings.findOneByOrFail({ reviewId: review.id })).firstOpenedAt;
}

/** A young person's held reviews that have a completed record, newest first, a page at a time. */
export async function reviewsWithRecords(scope: RequestScope, youngPersonId: string, page: PageArgs): Promise<{ items: Review[]; nextCursor: string | null }> {
  await requireAccess(scope, "read", "review-record", youngPersonId);
  const query = scope.db
    .getRepository(Review)
    .createQueryBuilder("review")
    .where("review.young_person_id = :youngPersonId", { youngPersonId })
    .andWhere("review.status = :held", { held: ReviewStatus.HELD })
    .andWhere("EXISTS (SELECT 1 FROM review_record_version shared WHERE shared.review_id = review.id)")
    .orderBy("review.scheduled_for", "DESC")
    .addOrderBy("review.id", "DESC")
    .take(page.first + 1);
  if (page.after) {
    const [scheduledFor, id] = decodeCursor(page.after, [isTimestamp, isUuid]);
    query.andWhere("(review.scheduled_for, review.id) < (:scheduledFor, :id)", { scheduledFor, id });
  }
  return toPage(await query.getMany(), page.first, (review) => [review.scheduledFor.toISOString(), review.id]);
}
