import type { RequestScope } from "../kernel/context";
import type { YoungPerson } from "../people/young-person.entity";
import { requireReviewAccess } from "../reviews/review-access";
import type { Review } from "../reviews/review.entity";
import { PackReading } from "./pack-reading.entity";

type Pack = {
  review: Review;
  youngPerson: YoungPerson;
  fullName: string;
  dateOfBirth: string;
  shownAt: Date;
};

/**
 * A review's pack; reading it records nothing but the audit. Its header's reading and IRO come through `packHeader`,
 * with the rest of the pack's parts, in one round trip.
 */
export async function readPack(scope: RequestScope, reviewId: string): Promise<Pack> {
  const shownAt = new Date();
  const review = await requireReviewAccess(scope, "read", "pack", reviewId);
  // Read deciding access: this is the loader's copy.
  const youngPerson = await scope.loaders.youngPersonById.load(review.youngPersonId);
  if (!youngPerson) throw new Error("A review's young person could not be read by someone allowed to read the review.");
  return {
    review,
    youngPerson,
    fullName: `${youngPerson.person.firstName} ${youngPerson.person.lastName}`,
    dateOfBirth: youngPerson.dateOfBirth,
    shownAt,
  };
}

/**
 * Records that the caller has read everything in a review's pack that came in up to `upTo`: the moment the pack they
 * read was put together (its `shownAt`), so that what came in while they were reading stays new. Never later than now.
 */
export async function markPackRead(scope: RequestScope, input: { reviewId: string; upTo: Date }): Promise<Date> {
  const review = await requireReviewAccess(scope, "read", "pack", input.reviewId);
  const markedAt = new Date();
  const readUpTo = input.upTo.getTime() < markedAt.getTime() ? input.upTo : markedAt;
  await scope.db
    .getRepository(PackReading)
    .insert({ reviewId: review.id, youngPersonId: review.youngPersonId, accountId: scope.viewer!.account.id, readUpTo, markedAt });
  scope.audit.record("create", "pack-reading", review.youngPersonId);
  return readUpTo;
}
