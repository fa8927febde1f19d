import { MaxLength } from "class-validator";
import { DateTimeISOResolver } from "graphql-scalars";
import { createUnionType, Field, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { minutesToWait, SignedIn } from "../sessions/sign-in.results";
import type { InvitationRefusal } from "./invitation.service";

export enum InvitationRefusalReason {
  NOT_RECOGNISED = "NOT_RECOGNISED",
  EXPIRED = "EXPIRED",
  REPLACED = "REPLACED",
  USED = "USED",
  TOO_MANY_ATTEMPTS = "TOO_MANY_ATTEMPTS",
}
registerEnumType(InvitationRefusalReason, { name: "InvitationRefusalReason" });

@ObjectType({ description: "A new invitation code, shown once: only its hash is kept." })
export class InvitationCode {
  @Field({ description: "Ten characters in two groups of five, such as K7MX3-PQ9TD." })
  code: string;

  @Field(() => DateTimeISOResolver)
  expiresAt: Date;
}

@ObjectType({ description: "The code can be used now." })
export class InvitationValid {
  @Field({ description: "The first name of the young person the code is for, to greet them." })
  firstName: string;
}

@ObjectType({ description: "The code cannot be used, and what to do, in words fit to show a young person." })
export class InvitationRefused {
  @Field(() => InvitationRefusalReason)
  reason: InvitationRefusalReason;

  @Field()
  message: string;

  @Field(() => Int, { nullable: true })
  retryAfterSeconds: number | null;
}

const REFUSAL_MESSAGES: Record<Exclude<InvitationRefusalReason, "TOO_MANY_ATTEMPTS">, string> = {
  NOT_RECOGNISED: "We do not recognise that code. Check it and try again.",
  EXPIRED: "That code is too old now. Ask your IRO for a new one.",
  REPLACED: "That code has been replaced by a newer one. Use the newest code your IRO gave you.",
  USED: "That code has already been used. If you made your account, sign in. If not, ask your IRO for a new code.",
};

export function toInvitationRefused(refusal: InvitationRefusal): InvitationRefused {
  const reason = InvitationRefusalReason[refusal.reason];
  if (refusal.reason === "TOO_MANY_ATTEMPTS") {
    return Object.assign(new InvitationRefused(), {
      reason,
      message: `You have tried too many codes. Please wait ${minutesToWait(refusal.retryAfterSeconds)}, then try again.`,
      retryAfterSeconds: refusal.retryAfterSeconds,
    });
  }
  return Object.assign(new InvitationRefused(), { reason, message: REFUSAL_MESSAGES[refusal.reason], retryAfterSeconds: null });
}

export const InvitationCheck = createUnionType({
  name: "InvitationCheck",
  types: () => [InvitationValid, InvitationRefused] as const,
  resolveType: (value) => ("firstName" in value ? InvitationValid : InvitationRefused),
});

export const ActivationResult = createUnionType({
  name: "ActivationResult",
  types: () => [SignedIn, InvitationRefused] as const,
  resolveType: (value) => ("token" in value ? SignedIn : InvitationRefused),
});

@InputType()
export class ActivateInvitationInput {
  @Field({ description: "The invitation code, as typed." })
  @MaxLength(40, { message: "That is too long to be a code." })
  code: string;

  @Field()
  @MaxLength(100, { message: "A username is at most 30 characters." })
  username: string;

  @Field()
  @MaxLength(1000, { message: "A passphrase is at most 1000 characters." })
  passphrase: string;
}
