import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { Context } from "../kernel/context";
import { requireFieldAccess } from "../people/young-person-access";
import { Review } from "../reviews/review.entity";
import { RecordQuestion } from "./record-question.entity";
import { AnswerRecordQuestionInput, AskAboutReviewRecordInput } from "./record-questions.inputs";
import { answerQuestion, askAboutRecord } from "./record-questions.service";

@Resolver(() => Review)
export class RecordQuestionsResolver {
  @Authorized()
  @Mutation(() => RecordQuestion, { description: "The young person asks about their record, or says something in it is not right. The same submission key again sends it once." })
  askAboutReviewRecord(@Arg("input", () => AskAboutReviewRecordInput) input: AskAboutReviewRecordInput, @Ctx() context: Context): Promise<RecordQuestion> {
    return askAboutRecord(context, input);
  }

  @Authorized()
  @Mutation(() => RecordQuestion, { description: "The IRO answers a young person's question about their record." })
  answerRecordQuestion(@Arg("input", () => AnswerRecordQuestionInput) input: AnswerRecordQuestionInput, @Ctx() context: Context): Promise<RecordQuestion> {
    return answerQuestion(context, input);
  }

  @FieldResolver(() => [RecordQuestion], { description: "The young person's questions about this review's record, oldest first, with the answers." })
  async recordQuestions(@Root() review: Review, @Ctx() context: Context): Promise<RecordQuestion[]> {
    await requireFieldAccess(context, "read", "record-question", review.youngPersonId);
    return context.loaders.recordQuestionsByReviewId.load(review.id);
  }
}
