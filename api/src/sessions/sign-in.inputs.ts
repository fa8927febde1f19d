import { MaxLength } from "class-validator";
import { Field, InputType } from "type-graphql";
import { NotBlank } from "../kernel/input-constraints";

@InputType()
export class SignInInput {
  @Field({ description: "The username, in any case." })
  @NotBlank({ message: "Enter your username." })
  @MaxLength(100, { message: "A username is at most 100 characters." })
  username: string;

  @Field({ description: "The passphrase, exactly as chosen." })
  @NotBlank({ message: "Enter your passphrase." })
  @MaxLength(1000, { message: "A passphrase is at most 1000 characters." })
  passphrase: string;
}
