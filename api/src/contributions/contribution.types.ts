import { IsUUID, ValidateNested } from "class-validator";
import { DateTimeISOResolver } from "graphql-scalars";
import { createUnionType, Field, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import { Relationship } from "../people/relationship";
import { ContributionAnswers, ContributionAnswersInput } from "./contribution-answers";
import { ContributionLink } from "./contribution-link.entity";
import { ContributionPurpose } from "./contribution-purpose";
import { ContributionQuestionId } from "./contribution-questions";
import { StaffContact } from "../people/staff-contact.entity";

/** Where a link is in its life; the same rule (app_contribution_link_state in the database) for its holder and the IRO. */
export enum ContributionLinkState {
  OPEN = "OPEN",
  USED = "USED",
  EXPIRED = "EXPIRED",
  REVOKED = "REVOKED",
}
registerEnumType(ContributionLinkState, {
  name: "ContributionLinkState",
  valuesConfig: {
    OPEN: { description: "Can be used now." },
    USED: { description: "Its holder has sent their contribution." },
    EXPIRED: { description: "The review has started, or is not going ahead, or the link is too old." },
    REVOKED: { description: "Replaced by a newer link for the same person." },
  },
});

export enum ContributionFormClosedReason {
  EXPIRED = "EXPIRED",
  USED = "USED",
  REVOKED = "REVOKED",
  UNKNOWN = "UNKNOWN",
}
registerEnumType(ContributionFormClosedReason, {
  name: "ContributionFormClosedReason",
  valuesConfig: {
    EXPIRED: { description: "The review has started, or is not going ahead, or the link is too old." },
    USED: { description: "The contribution has been sent: each link works once." },
    REVOKED: { description: "Replaced by a newer link for the same person." },
    UNKNOWN: { description: "No link has this token: mistyped, cut short, or never made." },
  },
});

@ObjectType({ description: "A single-use link to send, with its token: kept only as a hash, and made again from the link's id to be shown again." })
export class NewContributionLink {
  @Field({ description: "Put it in the address sent to the person invited; it is all they need, so send it to nobody else." })
  token: string;

  @Field(() => ContributionLink)
  link: ContributionLink;
}

@ObjectType({ description: "An open contribution form: what its holder needs to give their views, and nothing more." })
export class ContributionForm {
  @Field({ description: "The young person's first name only." })
  youngPersonFirstName: string;

  @Field(() => DateTimeISOResolver, { description: "When the review starts." })
  reviewScheduledFor: Date;

  @Field(() => Relationship, { description: "How the holder is related to the young person." })
  relationship: Relationship;

  @Field(() => ContributionPurpose)
  purpose: ContributionPurpose;

  @Field(() => [ContributionQuestionId], { description: "The questions to ask, in order. All are optional; sending needs one answer." })
  questions: ContributionQuestionId[];

  @Field(() => ContributionAnswers, { description: "The draft saved so far; empty at first." })
  draft: ContributionAnswers;

  @Field(() => DateTimeISOResolver, { nullable: true })
  draftSavedAt: Date | null;

  @Field(() => DateTimeISOResolver, { description: "When the link stops working." })
  expiresAt: Date;

  @Field(() => StaffContact, { nullable: true, description: "The young person's IRO, who reads the answers, and how to reach them; null with none allocated." })
  iro: StaffContact | null;
}

@ObjectType({ description: "The link cannot be used now, and what to do, in words fit to show the person holding it." })
export class ContributionFormClosed {
  @Field(() => ContributionFormClosedReason)
  reason: ContributionFormClosedReason;

  @Field()
  message: string;
}

const CLOSED_MESSAGES: Record<ContributionFormClosedReason, string> = {
  EXPIRED: "This link has expired. If you still want to share your views, ask the Independent Reviewing Officer (IRO) who sent it for a new link.",
  USED: "Your views have already been sent with this link, and each link works once. Thank you. If you want to add something, ask the Independent Reviewing Officer (IRO) who sent it for a new link.",
  REVOKED: "This link has been replaced by a newer one. Use the newest link you were sent, or ask the Independent Reviewing Officer (IRO) for a new one.",
  UNKNOWN: "We do not recognise this link. Check that you used the whole address you were sent, or ask the Independent Reviewing Officer (IRO) who sent it for a new link.",
};

export function contributionFormClosed(reason: ContributionFormClosedReason): ContributionFormClosed {
  return Object.assign(new ContributionFormClosed(), { reason, message: CLOSED_MESSAGES[reason] });
}

@ObjectType({ description: "The draft is kept." })
export class ContributionDraftSaved {
  @Field(() => ContributionAnswers)
  draft: ContributionAnswers;

  @Field(() => DateTimeISOResolver)
  savedAt: Date;
}

@ObjectType({ description: "The contribution is sent; the same answer comes back for the same submission key." })
export class ContributionSubmitted {
  @Field(() => DateTimeISOResolver)
  submittedAt: Date;

  @Field(() => ContributionAnswers, { description: "What was sent." })
  answers: ContributionAnswers;
}

@ObjectType({ description: "What the holder of a used link sent, for them to keep a copy of." })
export class SentContribution extends ContributionSubmitted {
  @Field({ description: "The young person's first name only." })
  youngPersonFirstName: string;

  @Field(() => [ContributionQuestionId], { description: "The questions the holder was asked, in order." })
  questions: ContributionQuestionId[];
}

/** A union's resolver: the closed link's answer, or the open one of `open`'s type. Feedback links answer the same way. */
export const closedOr = <T extends object>(open: new () => T) => (value: T | ContributionFormClosed) =>
  value instanceof ContributionFormClosed ? ContributionFormClosed : open;

export const ContributionFormResult = createUnionType({
  name: "ContributionFormResult",
  types: () => [ContributionForm, ContributionFormClosed] as const,
  resolveType: closedOr(ContributionForm),
});

export const SaveContributionDraftResult = createUnionType({
  name: "SaveContributionDraftResult",
  types: () => [ContributionDraftSaved, ContributionFormClosed] as const,
  resolveType: closedOr(ContributionDraftSaved),
});

export const SubmitContributionResult = createUnionType({
  name: "SubmitContributionResult",
  types: () => [ContributionSubmitted, ContributionFormClosed] as const,
  resolveType: closedOr(ContributionSubmitted),
});

@InputType()
export class CreateContributionLinkInput {
  @Field(() => ID, { description: "A planned review, still to start." })
  reviewId: string;

  @Field(() => ID, { description: "Someone in the young person's network who may be invited." })
  @IsUUID("all", { message: "Choose someone in the young person's network who may be invited." })
  personId: string;
}

@InputType()
export class SaveContributionDraftInput {
  @Field({ description: "The link's token." })
  token: string;

  @Field(() => ContributionAnswersInput, { description: "The whole draft: it replaces the one kept." })
  @ValidateNested()
  answers: ContributionAnswersInput;
}

@InputType()
export class SubmitContributionInput {
  @Field({ description: "The link's token." })
  token: string;

  @Field(() => ContributionAnswersInput, { description: "What to send; at least one answer." })
  @ValidateNested()
  answers: ContributionAnswersInput;

  @Field({ description: "A new UUID for each submission, kept for retries: sending it again changes nothing." })
  @IsUUID("all", { message: "The submission key must be a UUID." })
  submissionKey: string;
}
