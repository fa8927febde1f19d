import DataLoader from "dataloader";
import { In, type EntityManager } from "typeorm";
import { ReviewChange } from "./review-change.entity";
import { ReviewStatus } from "./review-status";
import { Review } from "./review.entity";

export function createReviewLoaders(db: EntityManager) {
  return {
    reviewById: new DataLoader<string, Review | null>(async (ids) => {
      const found = new Map((await db.getRepository(Review).findBy({ id: In([...ids]) })).map((review) => [review.id, review]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    /** Each young person's planned review, started or not (there is one at most), in one query for the whole batch. */
    plannedReviewByYoungPersonId: new DataLoader<string, Review | null>(async (youngPersonIds) => {
      const reviews = await db.getRepository(Review).findBy({ youngPersonId: In([...youngPersonIds]), status: ReviewStatus.PLANNED });
      return youngPersonIds.map((id) => reviews.find((review) => review.youngPersonId === id) ?? null);
    }),
    /** Each young person's planned review, if it is still to come, in one query for the whole batch. */
    nextReviewByYoungPersonId: new DataLoader<string, Review | null>(async (youngPersonIds) => {
      const reviews = await db
        .getRepository(Review)
        .createQueryBuilder("review")
        .distinctOn(["review.young_person_id"])
        .where("review.young_person_id = ANY(:ids)", { ids: [...youngPersonIds] })
        .andWhere("review.status = :planned", { planned: ReviewStatus.PLANNED })
        .andWhere("review.scheduled_for >= now()")
        .orderBy("review.young_person_id")
        .addOrderBy("review.scheduled_for", "ASC")
        .getMany();
      const byYoungPerson = new Map(reviews.map((review) => [review.youngPersonId, review]));
      return youngPersonIds.map((id) => byYoungPerson.get(id) ?? null);
    }),
    /** Each review's history, oldest first, in one query for the whole batch. */
    reviewHistoryByReviewId: new DataLoader<string, ReviewChange[]>(async (reviewIds) => {
      const changes = await db.getRepository(ReviewChange).find({ where: { reviewId: In([...reviewIds]) }, order: { occurredAt: "ASC" } });
      return reviewIds.map((id) => changes.filter((change) => change.reviewId === id));
    }),
  };
}

declare module "../kernel/context" {
  interface Loaders extends ReturnType<typeof createReviewLoaders> {}
}
