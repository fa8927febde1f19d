import DataLoader from "dataloader";
import { In, Not, IsNull, type EntityManager } from "typeorm";
import { Feedback } from "./feedback.entity";

export function createFeedbackLoaders(db: EntityManager) {
  return {
    /** The feedback sent on each review, oldest first, with who sent it. */
    sentFeedbackByReviewId: new DataLoader<string, Feedback[]>(async (reviewIds) => {
      const rows = await db.getRepository(Feedback).find({
        where: { attendee: { reviewId: In([...reviewIds]) }, submittedAt: Not(IsNull()) },
        relations: { attendee: true },
        order: { submittedAt: "ASC", id: "ASC" },
      });
      return reviewIds.map((id) => rows.filter((row) => row.attendee?.reviewId === id));
    }),
  };
}

declare module "../kernel/context" {
  interface Loaders extends ReturnType<typeof createFeedbackLoaders> {}
}
