import DataLoader from "dataloader";
import { In, type EntityManager } from "typeorm";
import { RecordQuestion } from "./record-question.entity";

export function createRecordQuestionsLoaders(db: EntityManager) {
  return {
    /** Each review's questions, oldest first. */
    recordQuestionsByReviewId: new DataLoader<string, RecordQuestion[]>(async (ids) => {
      const questions = await db.getRepository(RecordQuestion).find({ where: { reviewId: In([...ids]) }, order: { askedAt: "ASC" } });
      return ids.map((id) => questions.filter((question) => question.reviewId === id));
    }),
  };
}

declare module "../kernel/context" {
  interface Loaders extends ReturnType<typeof createRecordQuestionsLoaders> {}
}
