import { DateTimeISOResolver } from "graphql-scalars";
import { createUnionType, Field, ObjectType, registerEnumType } from "type-graphql";

export enum SignInRefusalReason {
  WRONG_USERNAME_OR_PASSPHRASE = "WRONG_USERNAME_OR_PASSPHRASE",
}
registerEnumType(SignInRefusalReason, { name: "SignInRefusalReason" });

@ObjectType({ description: "Signed in. Send the token as `Authorization: Bearer <token>` until it expires." })
export class SignedIn {
  @Field()
  token: string;

  @Field(() => DateTimeISOResolver)
  expiresAt: Date;
}

@ObjectType({ description: "Not signed in, and why, in words fit to show the person." })
export class SignInRefused {
  @Field(() => SignInRefusalReason)
  reason: SignInRefusalReason;

  @Field()
  message: string;
}

export const SignInResult = createUnionType({
  name: "SignInResult",
  types: () => [SignedIn, SignInRefused] as const,
  resolveType: (value) => ("token" in value ? SignedIn : SignInRefused),
});
