import { IsUUID, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { NotBlank } from "../kernel/input-constraints";
import { RecordQuestionKind } from "./record-question.entity";

export const MAX_MESSAGE_LENGTH = 1_000;

@InputType({ description: "A young person's short message to their IRO about their record." })
export class AskAboutReviewRecordInput {
  @Field(() => ID)
  reviewId: string;

  @Field(() => RecordQuestionKind)
  kind: RecordQuestionKind;

  @Field()
  @NotBlank({ message: "Write your message." })
  @MaxLength(MAX_MESSAGE_LENGTH, { message: `Keep your message to ${MAX_MESSAGE_LENGTH} characters.` })
  message: string;

  @Field(() => ID, { description: "A new UUID for each press of send: the same one again stores the message once." })
  @IsUUID("all", { message: "Send the submission key the page was given." })
  submissionKey: string;
}

@InputType()
export class AnswerRecordQuestionInput {
  @Field(() => ID)
  questionId: string;

  @Field()
  @NotBlank({ message: "Write your answer." })
  @MaxLength(MAX_MESSAGE_LENGTH, { message: `Keep the answer to ${MAX_MESSAGE_LENGTH} characters.` })
  answer: string;
}
