import DataLoader from "dataloader";
import { In, type EntityManager } from "typeorm";
import { MidwayProgress } from "./midway-progress.entity";
import { MidwayReview } from "./midway-review.entity";

export function createMidwayReviewsLoaders(db: EntityManager) {
  return {
    /** Each held review's midway checks, oldest first. */
    midwayReviewsByReviewId: new DataLoader<string, MidwayReview[]>(async (ids) => {
      const checks = await db.getRepository(MidwayReview).find({ where: { reviewId: In([...ids]) }, order: { checkedOn: "ASC", recordedAt: "ASC" } });
      return ids.map((id) => checks.filter((check) => check.reviewId === id));
    }),
    midwayProgressByMidwayReviewId: new DataLoader<string, MidwayProgress[]>(async (ids) => {
      const progress = await db.getRepository(MidwayProgress).findBy({ midwayReviewId: In([...ids]) });
      return ids.map((id) => progress.filter((item) => item.midwayReviewId === id));
    }),
  };
}

declare module "../kernel/context" {
  interface Loaders extends ReturnType<typeof createMidwayReviewsLoaders> {}
}
