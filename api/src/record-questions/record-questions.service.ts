import type { RequestScope } from "../kernel/context";
import { badUserInput, notFound } from "../kernel/errors";
import { isUuid } from "../kernel/pagination";
import { requireHeldReview } from "../review-record/held-review";
import { requireReviewAccess } from "../reviews/review-access";
import { RecordQuestion } from "./record-question.entity";
import type { AnswerRecordQuestionInput, AskAboutReviewRecordInput } from "./record-questions.inputs";

/** The young person asks about their completed record, or says something in it is not right. Sent once per key. */
export async function askAboutRecord(scope: RequestScope, input: AskAboutReviewRecordInput): Promise<RecordQuestion> {
  const review = await requireHeldReview(scope, "create", "record-question", input.reviewId);
  const questions = scope.db.getRepository(RecordQuestion);
  const already = await questions.findOneBy({ reviewId: review.id, submissionKey: input.submissionKey });
  if (already) return already;
  if (!(await scope.loaders.recordVersionsByReviewId.load(review.id)).length) {
    throw badUserInput([{ field: "reviewId", code: "NOT_SENT_YET", message: "Your record is not ready yet, so there is nothing to ask about." }]);
  }
  // Two presses with the same key at once: the unique key keeps one, and both answer with it.
  await questions
    .createQueryBuilder()
    .insert()
    .values({ reviewId: review.id, youngPersonId: review.youngPersonId, kind: input.kind, message: input.message.trim(), submissionKey: input.submissionKey })
    .orIgnore()
    .execute();
  return questions.findOneByOrFail({ reviewId: review.id, submissionKey: input.submissionKey });
}

/** The IRO answers; the young person sees the answer beside their question. An answer can be written again. */
export async function answerQuestion(scope: RequestScope, input: AnswerRecordQuestionInput): Promise<RecordQuestion> {
  const questions = scope.db.getRepository(RecordQuestion);
  const question = isUuid(input.questionId) ? await questions.findOneBy({ id: input.questionId }) : null;
  if (!question) throw notFound();
  await requireReviewAccess(scope, "update", "record-question", question.reviewId);
  const answer = { answer: input.answer.trim(), answeredAt: new Date(), answeredByAccountId: scope.viewer!.account.id };
  await questions.update({ id: question.id }, answer);
  return Object.assign(question, answer);
}
