import { IsDateString, IsOptional, IsUUID, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { NotBlank } from "../kernel/input-constraints";
import { Relationship } from "./relationship";

@InputType()
export class NameInput {
  @Field()
  @NotBlank({ message: "Enter a first name." })
  @MaxLength(100, { message: "Keep the first name to 100 characters." })
  firstName: string;

  @Field()
  @NotBlank({ message: "Enter a last name." })
  @MaxLength(100, { message: "Keep the last name to 100 characters." })
  lastName: string;
}

@InputType()
export class CreateYoungPersonInput extends NameInput {
  @Field({ description: "YYYY-MM-DD." })
  @IsDateString({ strict: true }, { message: "Enter the date of birth as YYYY-MM-DD." })
  dateOfBirth: string;
}

@InputType()
export class AddToNetworkInput {
  @Field(() => ID)
  youngPersonId: string;

  @Field(() => ID, { nullable: true, description: "Someone already known, such as a brother or sister in care." })
  @IsOptional()
  @IsUUID("all", { message: "Choose someone from the list." })
  personId?: string | null;

  @Field(() => NameInput, { nullable: true, description: "Someone new to the service." })
  @IsOptional()
  newPerson?: NameInput | null;

  @Field(() => Relationship)
  relationship: Relationship;

  @Field({ defaultValue: true })
  mayBeInvited: boolean;
}

const LIMIT = 500;

@InputType({ description: "Each field replaces what was recorded; empty or null means none." })
export class UpdateCommunicationNeedsInput {
  @Field(() => ID)
  youngPersonId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100, { message: "Keep the language to 100 characters." })
  interpreterLanguage?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMIT, { message: `Keep the way of communicating to ${LIMIT} characters.` })
  alternativeCommunication?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMIT, { message: `Keep anything else to ${LIMIT} characters.` })
  otherNeeds?: string | null;
}
