import { IsOptional, IsUUID, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { ParticipationCode, ReviewChair, ReviewMeetings } from "./conduct-options";

export const MAX_SECTION_LENGTH = 10_000;
export const MAX_REASON_LENGTH = 1_000;

@InputType()
export class RecordReviewConductInput {
  @Field(() => ID)
  reviewId: string;

  @Field(() => ReviewChair)
  chairedBy: ReviewChair;

  @Field({ description: "Whether the young person was offered the chair, or to co-chair, and said no. Only when the IRO chaired." })
  chairingDeclined: boolean;

  @Field()
  metIroAloneFirst: boolean;

  @Field(() => ReviewMeetings)
  meetings: ReviewMeetings;

  @Field(() => ParticipationCode, {
    nullable: true,
    description: "PN1 to PN7 for a young person aged 4 or over on the day of the review. For a child under 4 it is PN0, set when left out.",
  })
  participation?: ParticipationCode | null;
}

const fitsIn = (what: string) => MaxLength(MAX_SECTION_LENGTH, { message: `Keep ${what} to ${MAX_SECTION_LENGTH} characters.` });

/** The record's sections from the IRO's form: a field left out keeps what was saved, null or spaces clears it. */
@InputType()
export class SaveReviewRecordDraftInput {
  @Field(() => ID)
  reviewId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @fitsIn("what we talked about")
  talkedAbout?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @fitsIn("what is going well")
  goingWell?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @fitsIn("what people are worried about")
  worries?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @fitsIn("what will happen next")
  nextSteps?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @fitsIn("what they told us")
  youToldUs?: string | null;
}

@InputType()
export class CompleteReviewRecordInput {
  @Field(() => ID)
  reviewId: string;

  @Field(() => String, { nullable: true, description: "Why the record is being corrected: needed once it has been completed, and only then." })
  @IsOptional()
  @MaxLength(MAX_REASON_LENGTH, { message: `Keep the reason to ${MAX_REASON_LENGTH} characters.` })
  reason?: string | null;

  @Field(() => ID, { description: "A new UUID for each press of the button: the same one again stores one version and answers with it." })
  @IsUUID("all", { message: "Send the submission key the page was given." })
  submissionKey: string;
}
