import DataLoader from "dataloader";
import type { EntityManager } from "typeorm";
import { Review } from "./review.entity";

export function createReviewLoaders(db: EntityManager) {
  return {
    /** Each young person's next review from now on, in one query for the whole batch. */
    nextReviewByYoungPersonId: new DataLoader<string, Review | null>(async (youngPersonIds) => {
      const reviews = await db
        .getRepository(Review)
        .createQueryBuilder("review")
        .distinctOn(["review.young_person_id"])
        .where("review.young_person_id = ANY(:ids)", { ids: [...youngPersonIds] })
        .andWhere("review.scheduled_for >= now()")
        .orderBy("review.young_person_id")
        .addOrderBy("review.scheduled_for", "ASC")
        .getMany();
      const byYoungPerson = new Map(reviews.map((review) => [review.youngPersonId, review]));
      return youngPersonIds.map((id) => byYoungPerson.get(id) ?? null);
    }),
  };
}
