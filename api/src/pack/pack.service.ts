import type { RequestScope } from "../kernel/context";
import type { YoungPerson } from "../people/young-person.entity";
import { requireReviewAccess } from "../reviews/review-access";
import type { Review } from "../reviews/review.entity";
import { PackReading } from "./pack-reading.entity";

export type Pack = {
  review: Review;
  shownAt: Date;
};

/**
 * A review's pack; reading it records nothing but the audit. Its parts, its header and its young person are read as
 * GraphQL asks for them, all in one round trip once the pack is allowed.
 */
export async function readPack(scope: RequestScope, reviewId: string): Promise<Pack> {
  const shownAt = new Date();
  return { review: await requireReviewAccess(scope, "read", "pack", reviewId), shownAt };
}

/** The young person of a pack that `readPack` allowed. */
export async function packYoungPerson(scope: RequestScope, pack: Pack): Promise<YoungPerson> {
  const youngPerson = await scope.loaders.youngPersonById.load(pack.review.youngPersonId);
  if (!youngPerson) throw new Error("A review's young person could not be read by someone allowed to read the review.");
  return youngPerson;
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
