import DataLoader from "dataloader";
import type { EntityManager } from "typeorm";
import { Review } from "../reviews/review.entity";
import { attendeesOfReviews } from "./attendance.service";

export function createAttendanceLoaders(db: EntityManager) {
  return {
    /** Who came to each review, in the order they were recorded. */
    attendeesByReviewId: new DataLoader((reviewIds: readonly string[]) => attendeesOfReviews(db, reviewIds)),
    /** Each young person's newest held review, if any. */
    lastHeldReviewByYoungPersonId: new DataLoader<string, Review | null>(async (youngPersonIds) => {
      const rows = await db
        .getRepository(Review)
        .createQueryBuilder("review")
        .distinctOn(["review.young_person_id"])
        .where("review.young_person_id = ANY(:ids) AND review.status = 'HELD'", { ids: [...youngPersonIds] })
        .orderBy("review.young_person_id")
        .addOrderBy("review.scheduled_for", "DESC")
        .getMany();
      const byYoungPerson = new Map(rows.map((row) => [row.youngPersonId, row]));
      return youngPersonIds.map((id) => byYoungPerson.get(id) ?? null);
    }),
  };
}

declare module "../kernel/context" {
  interface Loaders extends ReturnType<typeof createAttendanceLoaders> {}
}
