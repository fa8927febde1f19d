import type { RequestScope } from "../kernel/context";
import { toDayNumber, calendarDate } from "../kernel/calendar/calendar-date";
import { badUserInput, notFound, type FieldError } from "../kernel/errors";
import { isUuid } from "../kernel/pagination";
import { NetworkLink } from "../people/network-link.entity";
import { requireHeldReview } from "../review-record/held-review";
import { heldOn } from "../review-record/work-deadline";
import { requireReviewAccess } from "../reviews/review-access";
import { Recommendation } from "./recommendation.entity";
import { RecommendationsIssue } from "./recommendations-issue.entity";
import type { AddRecommendationInput, RecommendationProgressInput } from "./recommendations.inputs";

/**
 * A review decides a few things, each someone's to do by a day: more than this is a plan, not recommendations. The
 * bound also prices the lists that hold them for the query cost limit.
 */
export const MAX_RECOMMENDATIONS = 10;

/** Adds a recommendation to a held review: someone in the young person's network is responsible, or a role. */
export async function addRecommendation(scope: RequestScope, input: AddRecommendationInput): Promise<Recommendation> {
  const review = await requireHeldReview(scope, "create", "recommendation", input.reviewId);
  const role = input.responsibleRole?.trim() || null;
  const personId = input.responsiblePersonId || null;
  const problems: FieldError[] = [];
  if (!personId && !role) problems.push({ field: "responsiblePersonId", code: "REQUIRED", message: "Choose who is responsible, or write their role." });
  if (personId && role) problems.push({ field: "responsibleRole", code: "CONFLICTING", message: "Choose someone or write a role, not both." });
  if (personId && !(isUuid(personId) && (await scope.db.getRepository(NetworkLink).existsBy({ youngPersonId: review.youngPersonId, personId })))) {
    problems.push({ field: "responsiblePersonId", code: "NOT_ON_THE_LIST", message: "Choose someone in the young person's network." });
  }
  if (toDayNumber(calendarDate(input.dueOn)) < toDayNumber(heldOn(review.scheduledFor))) {
    problems.push({ field: "dueOn", code: "IN_THE_PAST", message: "Choose the day of the review or a later one." });
  }
  if (problems.length > 0) throw badUserInput(problems);
  const recommendations = scope.db.getRepository(Recommendation);
  // Additions to the same review wait for each other here, so each takes the next number.
  await scope.db.query("SELECT 1 FROM review WHERE id = $1 FOR UPDATE", [review.id]);
  const number = ((await recommendations.maximum("number", { reviewId: review.id })) ?? 0) + 1;
  if (number > MAX_RECOMMENDATIONS) {
    throw badUserInput([{ field: "reviewId", code: "TOO_LONG", message: `A review has at most ${MAX_RECOMMENDATIONS} recommendations.` }]);
  }
  const responsible = personId ? await scope.loaders.personById.load(personId) : null;
  const saved = await recommendations.save(
    recommendations.create({
      reviewId: review.id,
      youngPersonId: review.youngPersonId,
      number,
      action: input.action.trim(),
      responsiblePersonId: personId,
      responsibleRole: role,
      dueOn: input.dueOn,
      status: null,
      statusNote: null,
      statusChangedAt: null,
    }),
  );
  return Object.assign(saved, { responsibleName: responsible && `${responsible.firstName} ${responsible.lastName}` });
}

/**
 * Issues a held review's recommendations, which stamps the day (the 5-working-day deadline is met or missed by it) and
 * shows them to the young person. Issued once: asked again, it answers with the first stamp.
 */
export async function issueRecommendations(scope: RequestScope, reviewId: string): Promise<Date> {
  const review = await requireHeldReview(scope, "create", "recommendation", reviewId);
  const issues = scope.db.getRepository(RecommendationsIssue);
  const already = await issues.findOneBy({ reviewId: review.id });
  if (already) return already.issuedAt;
  if (!(await scope.db.getRepository(Recommendation).existsBy({ reviewId: review.id }))) {
    throw badUserInput([{ field: "reviewId", code: "NOTHING_ANSWERED", message: "Add at least one recommendation before you issue them." }]);
  }
  await issues.createQueryBuilder().insert().values({ reviewId: review.id, youngPersonId: review.youngPersonId, issuedByAccountId: scope.viewer!.account.id }).orIgnore().execute();
  return (await issues.findOneByOrFail({ reviewId: review.id })).issuedAt;
}

/** Says how far a recommendation has got, with a note. */
export async function updateRecommendationStatus(scope: RequestScope, input: RecommendationProgressInput): Promise<Recommendation> {
  const recommendations = scope.db.getRepository(Recommendation);
  const found = isUuid(input.recommendationId) ? await recommendations.findOneBy({ id: input.recommendationId }) : null;
  if (!found) throw notFound();
  await requireReviewAccess(scope, "update", "recommendation", found.reviewId);
  const changes = { status: input.status, statusNote: input.note?.trim() || null, statusChangedAt: new Date() };
  await recommendations.update({ id: found.id }, changes);
  return Object.assign(found, changes);
}
