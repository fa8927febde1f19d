import { IsUUID, MaxLength, MinLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";

@InputType()
export class AllocateIroInput {
  @Field(() => ID)
  youngPersonId: string;

  @Field(() => ID, { description: "The person id of the IRO." })
  @IsUUID("all", { message: "Choose an IRO from the list." })
  iroPersonId: string;

  @Field({ description: "Why, for the record." })
  @MinLength(3, { message: "Say why the IRO is being allocated or changed." })
  @MaxLength(500, { message: "Keep the reason to 500 characters." })
  reason: string;
}
