import { IsDateString, IsOptional, IsUUID, MaxLength } from "class-validator";
import { ArgsType, Field, ID, InputType } from "type-graphql";
import { PageArgs } from "../kernel/pagination";
import { ContactPreference, SupportClosedReason, SupportHowSoon, SupportKind, SupportStatus } from "./support-request-options";

export const MAX_WHY_LENGTH = 1000;
export const MAX_NOTE_LENGTH = 2000;

@InputType()
export class RequestSupportInput {
  @Field(() => ID, { description: "Whose request it is: the young person themselves, or one of their IRO's young people." })
  youngPersonId: string;

  @Field(() => SupportKind)
  kind: SupportKind;

  @Field(() => String, { nullable: true, description: "Why, in the young person's words. Optional." })
  @IsOptional()
  @MaxLength(MAX_WHY_LENGTH, { message: `Keep why to ${MAX_WHY_LENGTH} characters.` })
  why?: string | null;

  @Field(() => SupportHowSoon)
  howSoon: SupportHowSoon;

  @Field(() => ContactPreference)
  contactPreference: ContactPreference;

  @Field(() => ID, {
    description: "A new UUID for each press of Send, made by the page. The same one again (a double click, a retry) stores the request once and answers with it.",
  })
  @IsUUID("all", { message: "Send the submission key the page was given." })
  submissionKey: string;
}

@InputType()
export class MoveSupportRequestInput {
  @Field(() => ID)
  requestId: string;

  @Field(() => SupportStatus, { description: "Where to move the request; only the moves its status allows are accepted." })
  to: SupportStatus;

  @Field(() => SupportClosedReason, { nullable: true, description: "Why it is closed: needed when, and only when, `to` is CLOSED." })
  closedReason?: SupportClosedReason | null;

  @Field(() => String, { nullable: true, description: "A note for the record about this move." })
  @IsOptional()
  @MaxLength(MAX_NOTE_LENGTH, { message: `Keep the note to ${MAX_NOTE_LENGTH} characters.` })
  note?: string | null;
}

@ArgsType()
export class SupportQueueArgs extends PageArgs {
  @Field(() => SupportKind, { nullable: true, description: "Only requests of this kind." })
  kind?: SupportKind | null;

  @Field(() => SupportStatus, { nullable: true, description: "Only requests in this status. Without it, every request not closed." })
  status?: SupportStatus | null;
}

@ArgsType()
export class SupportFiguresArgs {
  @Field({ description: "The period's first day, YYYY-MM-DD (London)." })
  @IsDateString({ strict: true }, { message: "Enter the first day as a date." })
  from: string;

  @Field({ description: "The period's last day, YYYY-MM-DD (London), included." })
  @IsDateString({ strict: true }, { message: "Enter the last day as a date." })
  to: string;
}
