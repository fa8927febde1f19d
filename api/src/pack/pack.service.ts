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
  iroName: string | null;
  readUpTo: Date | null;
  shownAt: Date;
};

/** A review's pack, and how far the caller last said they had read it; reading it records nothing but the audit. */
export async function readPack(scope: RequestScope, reviewId: string): Promise<Pack> {
  const shownAt = new Date();
  const review = await requireReviewAccess(scope, "read", "pack", reviewId);
  // The young person was read deciding access; what the header adds comes in one statement, not one per table.
  const [youngPerson, [header]] = await Promise.all([
    scope.loaders.youngPersonById.load(review.youngPersonId),
    scope.db.query(
      `SELECT (SELECT max(read_up_to) FROM pack_reading WHERE review_id = $1 AND account_id = $2) AS read_up_to,
              (SELECT p.first_name || ' ' || p.last_name FROM iro_allocation a JOIN person p ON p.id = a.iro_person_id
                WHERE a.young_person_id = $3 AND a.ends_at IS NULL) AS iro_name`,
      [reviewId, scope.viewer!.account.id, review.youngPersonId],
    ) as Promise<{ read_up_to: Date | null; iro_name: string | null }[]>,
  ]);
  if (!youngPerson || !header) throw new Error("A review's young person could not be read by someone allowed to read the review.");
  return {
    review,
    youngPerson,
    fullName: `${youngPerson.person.firstName} ${youngPerson.person.lastName}`,
    dateOfBirth: youngPerson.dateOfBirth,
    iroName: header.iro_name,
    readUpTo: header.read_up_to,
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
