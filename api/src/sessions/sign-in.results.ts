import { DateTimeISOResolver } from "graphql-scalars";
import { Role } from "../kernel/access/role";
import { createUnionType, Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";

export enum SignInRefusalReason {
  WRONG_USERNAME_OR_PASSPHRASE = "WRONG_USERNAME_OR_PASSPHRASE",
  TOO_MANY_ATTEMPTS = "TOO_MANY_ATTEMPTS",
}
registerEnumType(SignInRefusalReason, { name: "SignInRefusalReason" });

@ObjectType({ description: "Signed in. Send the token as `Authorization: Bearer <token>` until it expires." })
export class SignedIn {
  @Field()
  token: string;

  @Field(() => DateTimeISOResolver)
  expiresAt: Date;

  @Field(() => ID, { description: "The account signed in to: what a client may keep beside the token to know whose work it holds." })
  accountId: string;

  @Field(() => Role, { description: "The account's role, for a client to shape its pages by (a young person's pages show \"I'm worried\" first); the API still decides every access." })
  role: Role;
}

@ObjectType({ description: "Not signed in, and why, in words fit to show the person." })
export class SignInRefused {
  @Field(() => SignInRefusalReason)
  reason: SignInRefusalReason;

  @Field()
  message: string;

  @Field(() => Int, { nullable: true, description: "After too many attempts: how long to wait before trying again." })
  retryAfterSeconds: number | null;
}

export const SignInResult = createUnionType({
  name: "SignInResult",
  types: () => [SignedIn, SignInRefused] as const,
  resolveType: (value) => ("token" in value ? SignedIn : SignInRefused),
});

export function minutesToWait(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return minutes === 1 ? "1 minute" : `${minutes} minutes`;
}
