import { Matches, MaxLength } from "class-validator";
import { Field, InputType } from "type-graphql";

@InputType()
export class SignInInput {
  @Field({ description: "The username, in any case." })
  @Matches(/\S/, { message: "Enter your username." })
  @MaxLength(100, { message: "A username is at most 100 characters." })
  username: string;

  @Field({ description: "The passphrase, exactly as chosen." })
  @Matches(/\S/, { message: "Enter your passphrase." })
  @MaxLength(1000, { message: "A passphrase is at most 1000 characters." })
  passphrase: string;
}
