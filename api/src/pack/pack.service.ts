import type { RequestScope } from "../kernel/context";
import type { YoungPerson } from "../people/young-person.entity";
import { requireReviewAccess } from "../reviews/review-access";
import type { Review } from "../reviews/review.entity";
import { PackOpening } from "./pack-opening.entity";

type Pack = { review: Review; youngPerson: YoungPerson; previouslyOpenedAt: Date | null };

/** A review's pack, and when the caller last recorded opening it; reading it records nothing but the audit. */
export async function readPack(scope: RequestScope, reviewId: string): Promise<Pack> {
  const review = await requireReviewAccess(scope, "read", "pack", reviewId);
  const previous = await scope.db
    .getRepository(PackOpening)
    .findOne({ where: { reviewId, accountId: scope.viewer!.account.id }, order: { openedAt: "DESC" } });
  const youngPerson = await scope.loaders.youngPersonById.load(review.youngPersonId);
  if (!youngPerson) throw new Error("A review's young person could not be read by someone allowed to read the review.");
  return { review, youngPerson, previouslyOpenedAt: previous?.openedAt ?? null };
}

/** Records that the caller opened a review's pack now, so that next time it can show them what came in since. */
export async function recordPackOpened(scope: RequestScope, reviewId: string): Promise<Date> {
  const review = await requireReviewAccess(scope, "read", "pack", reviewId);
  const openedAt = new Date();
  await scope.db.getRepository(PackOpening).insert({ reviewId, youngPersonId: review.youngPersonId, accountId: scope.viewer!.account.id, openedAt });
  return openedAt;
}
