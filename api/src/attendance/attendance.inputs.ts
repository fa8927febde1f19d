import { ArrayMaxSize, ArrayMinSize, IsOptional, IsUUID, MaxLength, ValidateNested } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { FeedbackRespondent } from "../feedback/feedback-respondent";

export const MOST_ATTENDEES = 30;

@InputType({ description: "Someone who came: a person from the young person's network (or the young person), or anyone else by name and role." })
export class AttendeeInput {
  @Field(() => ID, { nullable: true, description: "The young person, or someone in their network. Leave out to name someone else." })
  @IsOptional()
  @IsUUID("all", { message: "Choose someone from the young person's network." })
  personId?: string | null;

  @Field(() => String, { nullable: true, description: "Someone else's name, such as \"Dr Amir Khan\"." })
  @IsOptional()
  @MaxLength(200, { message: "Keep the name to 200 characters." })
  name?: string | null;

  @Field(() => String, { nullable: true, description: "Someone else's role, such as \"school nurse\"." })
  @IsOptional()
  @MaxLength(200, { message: "Keep the role to 200 characters." })
  role?: string | null;

  @Field(() => FeedbackRespondent, {
    nullable: true,
    description: "Which feedback form is theirs. Needed for someone named; for someone in the network it follows how they are related unless given.",
  })
  respondent?: FeedbackRespondent | null;

  @Field({ description: "Whether to ask them for feedback: a single-use link, or for the young person their form in the portal." })
  askForFeedback: boolean;
}

@InputType()
export class RecordReviewAttendeesInput {
  @Field(() => ID, { description: "A review recorded as held." })
  reviewId: string;

  @Field(() => [AttendeeInput])
  @ArrayMinSize(1, { message: "Choose at least one person who came." })
  @ArrayMaxSize(MOST_ATTENDEES, { message: `Record at most ${MOST_ATTENDEES} people at a time.` })
  @ValidateNested({ each: true })
  attendees: AttendeeInput[];
}
