import { IsDateString, IsOptional, IsUUID, ValidateNested } from "class-validator";
import { DateTimeISOResolver } from "graphql-scalars";
import { createUnionType, Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { closedOr, ContributionFormClosed } from "../contributions/contribution.types";
import { StaffContact } from "../people/staff-contact.entity";
import { FeedbackAnswers, FeedbackAnswersInput, FeedbackCommentQuestion, FeedbackQuestion, FeedbackRating } from "./feedback-answers";
import { FeedbackRespondent } from "./feedback-respondent";

@ObjectType({ description: "An open feedback form: what its writer needs to say how the review went, and nothing more." })
export class FeedbackForm {
  @Field({ description: "The young person's first name only." })
  youngPersonFirstName: string;

  @Field(() => DateTimeISOResolver, { description: "When the review was." })
  reviewHeldAt: Date;

  @Field(() => FeedbackRespondent, { description: "Which form this is." })
  respondent: FeedbackRespondent;

  @Field(() => FeedbackAnswers, { description: "The draft saved so far; empty at first." })
  draft: FeedbackAnswers;

  @Field(() => DateTimeISOResolver, { nullable: true })
  draftSavedAt: Date | null;

  @Field(() => DateTimeISOResolver, { description: "When the form stops taking answers." })
  closesAt: Date;

  @Field(() => StaffContact, { nullable: true, description: "The young person's IRO, who reads the answers; null with none allocated." })
  iro: StaffContact | null;
}

@ObjectType({ description: "The young person's own feedback form on their last review, while it is open to them." })
export class MyFeedbackForm extends FeedbackForm {
  @Field(() => Int, { description: "How often they said \"not now\". After twice, their home page stops asking." })
  notNowCount: number;

  @Field(() => DateTimeISOResolver, { nullable: true, description: "When they sent it; null until then." })
  submittedAt: Date | null;
}

@ObjectType({ description: "The feedback draft is kept." })
export class FeedbackDraftSaved {
  @Field(() => FeedbackAnswers)
  draft: FeedbackAnswers;

  @Field(() => DateTimeISOResolver)
  savedAt: Date;
}

@ObjectType({ description: "The feedback is sent; the same answer comes back for the same submission key." })
export class FeedbackSubmitted {
  @Field(() => DateTimeISOResolver)
  submittedAt: Date;

  @Field(() => FeedbackAnswers, { description: "What was sent." })
  answers: FeedbackAnswers;
}

export const FeedbackFormResult = createUnionType({
  name: "FeedbackFormResult",
  types: () => [FeedbackForm, ContributionFormClosed] as const,
  resolveType: closedOr(FeedbackForm),
});

export const SaveFeedbackDraftResult = createUnionType({
  name: "SaveFeedbackDraftResult",
  types: () => [FeedbackDraftSaved, ContributionFormClosed] as const,
  resolveType: closedOr(FeedbackDraftSaved),
});

export const SubmitFeedbackResult = createUnionType({
  name: "SubmitFeedbackResult",
  types: () => [FeedbackSubmitted, ContributionFormClosed] as const,
  resolveType: closedOr(FeedbackSubmitted),
});

@InputType({ description: "The young person's own draft." })
export class MyFeedbackDraftInput {
  @Field(() => FeedbackAnswersInput, { description: "The whole draft: it replaces the one kept." })
  @ValidateNested()
  answers: FeedbackAnswersInput;
}

@InputType({ description: "The young person's own feedback, to send." })
export class SubmitMyFeedbackInput extends MyFeedbackDraftInput {
  @Field({ description: "A new UUID for each submission, kept for retries: sending it again changes nothing." })
  @IsUUID("all", { message: "The submission key must be a UUID." })
  submissionKey: string;
}

@InputType({ description: "A link holder's draft." })
export class FeedbackDraftInput extends MyFeedbackDraftInput {
  @Field({ description: "The link's token." })
  token: string;
}

@InputType({ description: "A link holder's feedback, to send." })
export class SubmitFeedbackInput extends SubmitMyFeedbackInput {
  @Field({ description: "The link's token." })
  token: string;
}

@ObjectType({ description: "Feedback sent on a review, for its IRO." })
export class SentFeedback {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: "Who came and sent it (see the review's attendees)." })
  attendeeId: string;

  @Field(() => FeedbackRespondent)
  respondent: FeedbackRespondent;

  @Field(() => DateTimeISOResolver)
  submittedAt: Date;

  @Field(() => FeedbackAnswers)
  answers: FeedbackAnswers;
}

@InputType()
export class FeedbackFiguresInput {
  @Field({ description: "The first day, YYYY-MM-DD, of the reviews counted (by the day each was held, in London)." })
  @IsDateString({ strict: true }, { message: "Enter the first day as YYYY-MM-DD." })
  from: string;

  @Field({ description: "The last day, YYYY-MM-DD, of the reviews counted." })
  @IsDateString({ strict: true }, { message: "Enter the last day as YYYY-MM-DD." })
  to: string;

  @Field(() => ID, { nullable: true, description: "One IRO's reviews only; leave out for the whole service." })
  @IsOptional()
  @IsUUID("all", { message: "Choose an IRO from the list." })
  iroPersonId?: string | null;
}

@ObjectType({ description: "Forms sent and returned by one kind of respondent." })
export class FeedbackReturns {
  @Field(() => FeedbackRespondent)
  respondent: FeedbackRespondent;

  @Field(() => Int)
  sent: number;

  @Field(() => Int)
  returned: number;
}

@ObjectType({ description: "Forms sent and returned for one IRO's reviews." })
export class IroFeedbackReturns {
  @Field(() => ID)
  iroPersonId: string;

  @Field()
  iroName: string;

  @Field(() => Int)
  sent: number;

  @Field(() => Int)
  returned: number;
}

@ObjectType({ description: "How many answered one question with one rating." })
export class FeedbackRatingCount {
  @Field(() => FeedbackQuestion)
  question: FeedbackQuestion;

  @Field(() => FeedbackRating)
  rating: FeedbackRating;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: "A comment its writer agreed may be quoted without their name." })
export class SharedFeedbackComment {
  @Field(() => FeedbackRespondent)
  respondent: FeedbackRespondent;

  @Field(() => FeedbackCommentQuestion)
  question: FeedbackCommentQuestion;

  @Field()
  text: string;

  @Field(() => DateTimeISOResolver)
  submittedAt: Date;
}

@ObjectType({ description: "A page of shared comments, newest form first, each form's comments in the form's order." })
export class SharedFeedbackCommentPage {
  @Field(() => [SharedFeedbackComment])
  items: SharedFeedbackComment[];

  @Field(() => String, { nullable: true, description: "Pass as `after` for the next page; null on the last page." })
  nextCursor: string | null;
}

/** The forms a manager's figures count: asked on the reviews held from `from` until `until`, of one IRO or all. */
export type FiguresAsked = Readonly<{ from: Date; until: Date; iroPersonId: string | null }>;

/** What feedback says about the reviews held in a date range: each part is counted only when asked for. */
@ObjectType({ description: "What feedback says about the reviews held in a date range, for the service or one IRO." })
export class FeedbackFigures {
  asked: FiguresAsked;
}
