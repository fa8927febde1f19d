import { IsOptional, IsUUID, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { WorryContact, WorryHowSoon } from "./worry-options";

export const MAX_ABOUT_LENGTH = 1000;

@InputType()
export class RaiseWorryInput {
  @Field(() => ID, { description: "The young person raising it: only they may." })
  youngPersonId: string;

  @Field(() => WorryContact)
  wants: WorryContact;

  @Field(() => WorryHowSoon)
  howSoon: WorryHowSoon;

  @Field(() => String, { nullable: true, description: "What it is about. Optional." })
  @IsOptional()
  @MaxLength(MAX_ABOUT_LENGTH, { message: `Keep what it is about to ${MAX_ABOUT_LENGTH} characters.` })
  about?: string | null;

  @Field(() => ID, { description: "A new UUID for each press of Send, made by the page. The same one again stores the alert once and answers with it." })
  @IsUUID("all", { message: "Send the submission key the page was given." })
  submissionKey: string;
}
