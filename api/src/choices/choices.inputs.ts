import { ArrayMaxSize, IsOptional, IsUUID, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { Attendance, Chairing, ChoiceTopic, MeetingPlace, MeetingShape, PreferredTime } from "./choice-options";

const SHORT = 200;
const LONG = 1000;

/**
 * The answers from one question page. A field left out keeps what was saved before; a field sent as null clears it,
 * so each page sends only its own questions.
 */
@InputType()
export class SaveReviewChoicesInput {
  @Field(() => ID)
  reviewId: string;

  @Field(() => MeetingPlace, { nullable: true })
  place?: MeetingPlace | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(SHORT, { message: `Keep where to ${SHORT} characters.` })
  placeDetails?: string | null;

  @Field(() => MeetingShape, { nullable: true })
  meetingShape?: MeetingShape | null;

  @Field(() => Attendance, { nullable: true })
  attendance?: Attendance | null;

  @Field(() => [PreferredTime], { nullable: true })
  preferredTimes?: PreferredTime[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LONG, { message: `Keep times that do not work to ${LONG} characters.` })
  timesThatDoNotWork?: string | null;

  @Field(() => [ID], { nullable: true, description: "People from the young person's network they would like there." })
  @IsOptional()
  @ArrayMaxSize(50, { message: "Choose at most 50 people." })
  @IsUUID("all", { each: true, message: "Choose people from the list." })
  invitedPersonIds?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LONG, { message: `Keep the names of anyone else to ${LONG} characters.` })
  othersInvited?: string | null;

  @Field(() => [ID], { nullable: true, description: "People from the network the young person does not want there. Only the IRO sees this." })
  @IsOptional()
  @ArrayMaxSize(50, { message: "Choose at most 50 people." })
  @IsUUID("all", { each: true, message: "Choose people from the list." })
  notWantedPersonIds?: string[] | null;

  @Field(() => String, { nullable: true, description: "Anyone else the young person does not want there. Only the IRO sees this." })
  @IsOptional()
  @MaxLength(LONG, { message: `Keep the names of anyone else to ${LONG} characters.` })
  notWantedOthers?: string | null;

  @Field(() => Boolean, { nullable: true })
  meetIroFirst?: boolean | null;

  @Field(() => Chairing, { nullable: true })
  chairing?: Chairing | null;
}

@InputType()
export class AnswerChoiceInput {
  @Field(() => ID)
  reviewId: string;

  @Field(() => ChoiceTopic)
  topic: ChoiceTopic;

  @Field({ description: "True when the IRO can do what the young person asked." })
  accepted: boolean;

  @Field(() => String, { nullable: true, description: "Needed when not accepted: why, in words the young person will read." })
  @IsOptional()
  @MaxLength(LONG, { message: `Keep the reason to ${LONG} characters.` })
  reason?: string | null;
}

@InputType()
export class LockReviewChoicesInput {
  @Field(() => ID)
  reviewId: string;

  @Field({ description: "True to stop the young person changing their choices; false to let them change them again." })
  locked: boolean;
}
