import DataLoader from "dataloader";
import { In, type EntityManager } from "typeorm";
import { ChoiceAnswer } from "./choice-answer.entity";
import { ChoicesVersion } from "./choice-options";
import { ReviewChoiceSet } from "./review-choice-set.entity";

export type ChoiceSets = { draft: ReviewChoiceSet | null; sent: ReviewChoiceSet | null };

export function createChoicesLoaders(db: EntityManager) {
  return {
    /** Row-level security leaves out drafts that are not the caller's own. */
    choiceSetsByReviewId: new DataLoader<string, ChoiceSets>(async (reviewIds) => {
      const sets = await db.getRepository(ReviewChoiceSet).findBy({ reviewId: In([...reviewIds]) });
      const find = (reviewId: string, version: ChoicesVersion) => sets.find((set) => set.reviewId === reviewId && set.version === version) ?? null;
      return reviewIds.map((reviewId) => ({ draft: find(reviewId, ChoicesVersion.DRAFT), sent: find(reviewId, ChoicesVersion.SENT) }));
    }),
    choiceAnswersByReviewId: new DataLoader<string, ChoiceAnswer[]>(async (reviewIds) => {
      const answers = await db.getRepository(ChoiceAnswer).find({ where: { reviewId: In([...reviewIds]) }, order: { topic: "ASC" } });
      return reviewIds.map((reviewId) => answers.filter((answer) => answer.reviewId === reviewId));
    }),
  };
}
