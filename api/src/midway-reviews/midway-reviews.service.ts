import type { RequestScope } from "../kernel/context";
import { calendarDate, toDayNumber } from "../kernel/calendar/calendar-date";
import { londonDateAfter } from "../kernel/calendar/london-time";
import { badUserInput, type FieldError } from "../kernel/errors";
import { requireHeldReview } from "../review-record/held-review";
import { heldOn } from "../review-record/work-deadline";
import { MidwayProgress } from "./midway-progress.entity";
import { MidwayReview } from "./midway-review.entity";
import type { RecordMidwayReviewInput } from "./midway-reviews.inputs";

/** Records a check between reviews: the day, how each of the held review's recommendations stands, a note and any concern. */
export async function recordMidwayReview(scope: RequestScope, input: RecordMidwayReviewInput): Promise<MidwayReview> {
  const review = await requireHeldReview(scope, "create", "midway-review", input.reviewId);
  const recommendations = new Set((await scope.loaders.recommendationsByReviewId.load(review.id)).map((recommendation) => recommendation.id));
  const checkedOn = toDayNumber(calendarDate(input.checkedOn));
  const problems: FieldError[] = [];
  if (checkedOn < toDayNumber(heldOn(review.scheduledFor)) || checkedOn > toDayNumber(calendarDate(londonDateAfter(new Date(), 0)))) {
    problems.push({ field: "checkedOn", code: "OUT_OF_RANGE", message: "Give a day between the review and today." });
  }
  const ids = input.progress.map((item) => item.recommendationId);
  if (ids.some((id) => !recommendations.has(id)) || new Set(ids).size !== ids.length) {
    problems.push({ field: "progress", code: "NOT_ON_THE_LIST", message: "Give progress on this review's recommendations, once each." });
  }
  if (problems.length > 0) throw badUserInput(problems);
  const midway = await scope.db.getRepository(MidwayReview).save({
    reviewId: review.id,
    youngPersonId: review.youngPersonId,
    checkedOn: input.checkedOn,
    note: input.note?.trim() || null,
    concernRaised: input.concernRaised,
    recordedByAccountId: scope.viewer!.account.id,
  });
  if (input.progress.length > 0) {
    await scope.db.getRepository(MidwayProgress).insert(
      input.progress.map((item) => ({
        midwayReviewId: midway.id,
        recommendationId: item.recommendationId,
        youngPersonId: review.youngPersonId,
        status: item.status,
        note: item.note?.trim() || null,
      })),
    );
  }
  scope.audit.record("create", "midway-review", review.youngPersonId);
  return midway;
}
