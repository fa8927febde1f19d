import DataLoader from "dataloader";
import { In, type EntityManager } from "typeorm";
import { ChoiceAnswer } from "./choice-answer.entity";
import { ChoicesVersion } from "./choice-options";
import { PrivateChoiceSet } from "./private-choice-set.entity";
import { ReviewChoiceSet } from "./review-choice-set.entity";

export type ChoiceSets = { draft: ReviewChoiceSet | null; sent: ReviewChoiceSet | null };
type PrivateChoiceSets = { draft: PrivateChoiceSet | null; sent: PrivateChoiceSet | null };

/** Each review's draft and sent rows of one table, in one query for the whole batch. */
function byVersion<T extends { reviewId: string; version: ChoicesVersion }>(rows: T[], reviewIds: readonly string[]) {
  const find = (reviewId: string, version: ChoicesVersion) => rows.find((row) => row.reviewId === reviewId && row.version === version) ?? null;
  return reviewIds.map((reviewId) => ({ draft: find(reviewId, ChoicesVersion.DRAFT), sent: find(reviewId, ChoicesVersion.SENT) }));
}

export function createChoicesLoaders(db: EntityManager) {
  return {
    /** Row-level security leaves out drafts that are not the caller's own. */
    choiceSetsByReviewId: new DataLoader<string, ChoiceSets>(async (reviewIds) =>
      byVersion(await db.getRepository(ReviewChoiceSet).findBy({ reviewId: In([...reviewIds]) }), reviewIds),
    ),
    /** Row-level security leaves out all of these but the young person's own and, once sent, their IRO's. */
    privateChoicesByReviewId: new DataLoader<string, PrivateChoiceSets>(async (reviewIds) =>
      byVersion(await db.getRepository(PrivateChoiceSet).findBy({ reviewId: In([...reviewIds]) }), reviewIds),
    ),
    choiceAnswersByReviewId: new DataLoader<string, ChoiceAnswer[]>(async (reviewIds) => {
      const answers = await db.getRepository(ChoiceAnswer).find({ where: { reviewId: In([...reviewIds]) }, order: { topic: "ASC" } });
      return reviewIds.map((reviewId) => answers.filter((answer) => answer.reviewId === reviewId));
    }),
  };
}

declare module "../kernel/context" {
  interface Loaders extends ReturnType<typeof createChoicesLoaders> {}
}
