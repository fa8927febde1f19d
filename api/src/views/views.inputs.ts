import { IsOptional, IsUUID, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { Feeling, ViewsAudience } from "./views-options";

export const MAX_ANSWER_LENGTH = 4000;

/** A limit on one answer, told in the words of the question it answers. */
const fitsIn = (what: string) => MaxLength(MAX_ANSWER_LENGTH, { message: `Keep ${what} to ${MAX_ANSWER_LENGTH} characters.` });

/**
 * The answers from one question page, or from the background save while the young person types. A field left out
 * keeps what was saved before; a field sent as null clears it. Text is saved exactly as typed; text with nothing but
 * spaces in it is no answer.
 */
@InputType()
export class SaveViewsDraftInput {
  @Field(() => ID)
  reviewId: string;

  @Field(() => ViewsAudience, { nullable: true, description: "Who may read the views once submitted. Asked once, shown on every page." })
  audience?: ViewsAudience | null;

  @Field(() => Boolean, { nullable: true, description: "Whether the young person is answering the shorter questions. Null is false." })
  usedShorterVersion?: boolean | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @fitsIn("what is going well")
  goingWell?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @fitsIn("what is worrying you")
  worryingMe?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @fitsIn("what you would like to change")
  wouldLikeToChange?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @fitsIn("what you want to talk about")
  talkAboutAtReview?: string | null;

  @Field(() => Feeling, { nullable: true })
  feelingAboutHome?: Feeling | null;

  @Field(() => Feeling, { nullable: true })
  feelingAboutSchool?: Feeling | null;

  @Field(() => Feeling, { nullable: true })
  feelingAboutHealth?: Feeling | null;

  @Field(() => Feeling, { nullable: true })
  feelingAboutFamilyTime?: Feeling | null;

  @Field(() => Feeling, { nullable: true })
  feelingAboutFriendsAndActivities?: Feeling | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @fitsIn("anything else")
  anythingElse?: string | null;
}

@InputType()
export class SubmitViewsInput {
  @Field(() => ID)
  reviewId: string;

  @Field(() => ID, {
    description:
      "A new UUID for each time the young person presses submit, made by the page. Sending the same one again (a double click, a retry) stores the views once and answers with the same version.",
  })
  @IsUUID("all", { message: "Send the submission key the page was given." })
  submissionKey: string;
}
