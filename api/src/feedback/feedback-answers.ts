import { IsOptional, MaxLength } from "class-validator";
import { Field, InputType, ObjectType, registerEnumType } from "type-graphql";

/** How far something was so, in words (and, for the young person, faces). */
export enum FeedbackRating {
  YES = "YES",
  MOSTLY = "MOSTLY",
  A_LITTLE = "A_LITTLE",
  NO = "NO",
}
registerEnumType(FeedbackRating, { name: "FeedbackRating", description: "Yes, mostly, a little or no." });

/** The questions the service asks after every review, in order: four on a scale, three in words. */
export enum FeedbackQuestion {
  LISTENED_TO = "LISTENED_TO",
  VIEWS_TAKEN_INTO_ACCOUNT = "VIEWS_TAKEN_INTO_ACCOUNT",
  WELL_ORGANISED = "WELL_ORGANISED",
  YOUNG_PERSON_AT_THE_CENTRE = "YOUNG_PERSON_AT_THE_CENTRE",
}
registerEnumType(FeedbackQuestion, { name: "FeedbackQuestion", description: "A question of the feedback form answered on a scale." });

export enum FeedbackCommentQuestion {
  KEEP_THE_SAME = "KEEP_THE_SAME",
  CHANGE = "CHANGE",
  ANYTHING_ELSE = "ANYTHING_ELSE",
}
registerEnumType(FeedbackCommentQuestion, { name: "FeedbackCommentQuestion", description: "A question of the feedback form answered in words." });

export const FEEDBACK_COMMENT_MAX_LENGTH = 2_000;
const TOO_LONG = `Keep each answer to ${FEEDBACK_COMMENT_MAX_LENGTH.toLocaleString("en-GB")} characters.`;

/** One form's answers, as a draft or as sent: every one optional, so a draft can be kept at any point. */
@ObjectType({ description: "Answers to the feedback form; null for a question not answered." })
export class FeedbackAnswers {
  @Field(() => FeedbackRating, { nullable: true, description: "Did you feel listened to?" })
  listenedTo: FeedbackRating | null;

  @Field(() => FeedbackRating, { nullable: true, description: "Were your views taken into account?" })
  viewsTakenIntoAccount: FeedbackRating | null;

  @Field(() => FeedbackRating, { nullable: true, description: "Was the review well organised?" })
  wellOrganised: FeedbackRating | null;

  @Field(() => FeedbackRating, { nullable: true, description: "Did it keep the young person at the centre?" })
  youngPersonAtTheCentre: FeedbackRating | null;

  @Field(() => String, { nullable: true, description: "What would you keep the same?" })
  keepTheSame: string | null;

  @Field(() => String, { nullable: true, description: "What would you change?" })
  change: string | null;

  @Field(() => String, { nullable: true, description: "Anything else?" })
  anythingElse: string | null;

  @Field(() => Boolean, { nullable: true, description: "May we quote this, without your name, in our reports? Null until asked." })
  mayQuote: boolean | null;
}

@InputType({ description: "Answers to the feedback form; leave out, or send blank, a question not answered." })
export class FeedbackAnswersInput {
  @Field(() => FeedbackRating, { nullable: true })
  @IsOptional()
  listenedTo?: FeedbackRating | null;

  @Field(() => FeedbackRating, { nullable: true })
  @IsOptional()
  viewsTakenIntoAccount?: FeedbackRating | null;

  @Field(() => FeedbackRating, { nullable: true })
  @IsOptional()
  wellOrganised?: FeedbackRating | null;

  @Field(() => FeedbackRating, { nullable: true })
  @IsOptional()
  youngPersonAtTheCentre?: FeedbackRating | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(FEEDBACK_COMMENT_MAX_LENGTH, { message: TOO_LONG })
  keepTheSame?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(FEEDBACK_COMMENT_MAX_LENGTH, { message: TOO_LONG })
  change?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(FEEDBACK_COMMENT_MAX_LENGTH, { message: TOO_LONG })
  anythingElse?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  mayQuote?: boolean | null;
}

export const RATED: readonly (keyof FeedbackAnswers & ("listenedTo" | "viewsTakenIntoAccount" | "wellOrganised" | "youngPersonAtTheCentre"))[] = [
  "listenedTo",
  "viewsTakenIntoAccount",
  "wellOrganised",
  "youngPersonAtTheCentre",
];
export const COMMENTS = ["keepTheSame", "change", "anythingElse"] as const;

/** Answers as kept: comments trimmed, blanks as null. */
export function feedbackAnswers(sent: FeedbackAnswersInput | Partial<FeedbackAnswers>): FeedbackAnswers {
  const answers = new FeedbackAnswers();
  for (const key of RATED) answers[key] = sent[key] ?? null;
  for (const key of COMMENTS) answers[key] = sent[key]?.trim() || null;
  answers.mayQuote = sent.mayQuote ?? null;
  return answers;
}

export function hasAnyFeedback(answers: FeedbackAnswers): boolean {
  return [...RATED, ...COMMENTS].some((key) => answers[key] !== null);
}
