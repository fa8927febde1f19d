import type { EntityManager } from "typeorm";
import { hashSecretToken, isWellFormedSecretToken } from "../kernel/access/secret-token";
import type { Action } from "../kernel/access/permissions";
import type { AuditActor, RequestScope } from "../kernel/context";
import { badUserInput } from "../kernel/errors";
import type { Relationship } from "../people/relationship";
import type { StaffContact } from "../people/staff-contact.entity";
import { staffContact } from "../people/staff-contact.service";
import { answersToKeep, hasAnyAnswer, toContributionAnswers, type AnswerTexts, type ContributionAnswersInput } from "./contribution-answers";
import { ContributionLink } from "./contribution-link.entity";
import { Contribution } from "./contribution.entity";
import type { ContributionPurpose } from "./contribution-purpose";
import { questionsFor } from "./contribution-questions";
import {
  ContributionDraftSaved,
  ContributionForm,
  contributionFormClosed,
  ContributionFormClosedReason,
  ContributionLinkState,
  ContributionSubmitted,
  SentContribution,
  type ContributionFormClosed,
} from "./contribution.types";

/**
 * What the holder of a token may know: the link's scope and state, the young person's first name, the review's start,
 * and the IRO who will read what they send, with how to reach them at work.
 */
type HeldLink = Readonly<{
  linkId: string;
  youngPersonId: string;
  localAuthorityId: string;
  relationship: Relationship;
  purpose: ContributionPurpose;
  state: ContributionLinkState;
  expiresAt: Date;
  youngPersonFirstName: string;
  reviewScheduledFor: Date;
  iro: StaffContact | null;
}>;

type LinkRow = {
  link_id: string;
  young_person_id: string;
  local_authority_id: string;
  relationship: Relationship;
  purpose: ContributionPurpose;
  state: ContributionLinkState;
  expires_at: Date;
  first_name: string;
  review_scheduled_for: Date;
  iro_name: string | null;
  iro_phone: string | null;
  iro_email: string | null;
};

/**
 * The link a token opens, through the one database function that may look past row-level security for it
 * (app_contribution_link_by_token): the holder has no account, so no policy would show them anything.
 */
async function findLink(db: EntityManager, token: string): Promise<HeldLink | null> {
  if (!isWellFormedSecretToken(token)) return null;
  const rows: LinkRow[] = await db.query("SELECT * FROM app_contribution_link_by_token($1)", [hashSecretToken(token)]);
  const row = rows[0];
  if (!row) return null;
  return {
    linkId: row.link_id,
    youngPersonId: row.young_person_id,
    localAuthorityId: row.local_authority_id,
    relationship: row.relationship,
    purpose: row.purpose,
    state: row.state,
    expiresAt: row.expires_at,
    youngPersonFirstName: row.first_name,
    reviewScheduledFor: row.review_scheduled_for,
    iro: row.iro_name === null ? null : staffContact(row.iro_name, row.iro_phone, row.iro_email),
  };
}

/**
 * Finds the token's link and, if there is one, acts as its holder for the rest of the request: row-level security
 * then lets the request reach that link's contribution and nothing else of anyone's.
 */
async function holdLink(scope: RequestScope, token: string): Promise<HeldLink | null> {
  const link = await findLink(scope.db, token);
  if (!link) return null;
  if (!(await scope.claims.claimContributionLink(link.linkId))) {
    throw badUserInput([{ field: "token", code: "CONFLICTING", message: "Send one link's token at a time." }]);
  }
  return link;
}

function audit(scope: RequestScope, link: HeldLink, action: Action): void {
  const actor: AuditActor = { kind: "contribution-link", linkId: link.linkId, localAuthorityId: link.localAuthorityId };
  scope.audit.recordBy(actor, action, "contribution", link.youngPersonId);
}

const CLOSED_BECAUSE: Readonly<Record<ContributionLinkState, ContributionFormClosedReason>> = {
  // Never asked for: an open link is not closed. Here so that every state has an answer.
  OPEN: ContributionFormClosedReason.UNKNOWN,
  USED: ContributionFormClosedReason.USED,
  EXPIRED: ContributionFormClosedReason.EXPIRED,
  REVOKED: ContributionFormClosedReason.REVOKED,
};

/** Why a link cannot be used; null is a token that opens no link. */
const closedFor = (state: ContributionLinkState | null): ContributionFormClosed =>
  contributionFormClosed(state === null ? ContributionFormClosedReason.UNKNOWN : CLOSED_BECAUSE[state]);

/**
 * Waits for any other request writing through the same link, then looks again: a link used or revoked meanwhile
 * is seen as it is now. Every write through a link happens after this, one at a time.
 */
async function stateOnceAlone(scope: RequestScope, link: HeldLink, token: string): Promise<ContributionLinkState | null> {
  await scope.db.query("SELECT id FROM contribution_link WHERE id = $1 FOR UPDATE", [link.linkId]);
  return (await findLink(scope.db, token))?.state ?? null;
}

function answersOrRefuse(sent: ContributionAnswersInput, relationship: Relationship): AnswerTexts {
  const kept = answersToKeep(sent, relationship);
  if ("problems" in kept) throw badUserInput(kept.problems);
  return kept.answers;
}

/** The form a token opens, with the draft kept so far, or why it cannot be used. */
export async function openContributionForm(scope: RequestScope, token: string): Promise<ContributionForm | ContributionFormClosed> {
  const link = await holdLink(scope, token);
  if (link?.state !== ContributionLinkState.OPEN) return closedFor(link?.state ?? null);
  const contribution = await scope.db.getRepository(Contribution).findOneBy({ linkId: link.linkId });
  audit(scope, link, "read");
  return Object.assign(new ContributionForm(), {
    youngPersonFirstName: link.youngPersonFirstName,
    reviewScheduledFor: link.reviewScheduledFor,
    relationship: link.relationship,
    purpose: link.purpose,
    questions: [...questionsFor(link.relationship)],
    draft: toContributionAnswers(contribution?.draftAnswers ?? {}),
    draftSavedAt: contribution?.draftSavedAt ?? null,
    expiresAt: link.expiresAt,
    iro: link.iro,
  });
}

/** Keeps the holder's draft as they go, replacing the one before. */
export async function saveContributionDraft(
  scope: RequestScope,
  input: { token: string; answers: ContributionAnswersInput },
  now = new Date(),
): Promise<ContributionDraftSaved | ContributionFormClosed> {
  const link = await holdLink(scope, input.token);
  if (link?.state !== ContributionLinkState.OPEN) return closedFor(link?.state ?? null);
  const draft = answersOrRefuse(input.answers, link.relationship);
  const state = await stateOnceAlone(scope, link, input.token);
  if (state !== ContributionLinkState.OPEN) return closedFor(state);
  await scope.db.getRepository(Contribution).upsert({ linkId: link.linkId, draftAnswers: draft, draftSavedAt: now }, ["linkId"]);
  audit(scope, link, "update");
  return Object.assign(new ContributionDraftSaved(), { draft: toContributionAnswers(draft), savedAt: now });
}

function submitted(contribution: Pick<Contribution, "submittedAt" | "submittedAnswers">): ContributionSubmitted {
  return Object.assign(new ContributionSubmitted(), {
    submittedAt: contribution.submittedAt,
    answers: toContributionAnswers(contribution.submittedAnswers ?? {}),
  });
}

/**
 * Sends the holder's contribution and spends the link. Sent again with the same submission key (a retry, a double
 * click), it answers as the first time and keeps nothing more; any other submission through a spent link is refused.
 */
export async function submitContribution(
  scope: RequestScope,
  input: { token: string; answers: ContributionAnswersInput; submissionKey: string },
  now = new Date(),
): Promise<ContributionSubmitted | ContributionFormClosed> {
  const link = await holdLink(scope, input.token);
  if (!link) return closedFor(null);
  let state = link.state;
  if (state === ContributionLinkState.OPEN) {
    const answers = answersOrRefuse(input.answers, link.relationship);
    if (!hasAnyAnswer(answers)) throw badUserInput([{ field: "answers", code: "NOTHING_ANSWERED", message: "Answer at least one question before you send your views." }]);
    state = (await stateOnceAlone(scope, link, input.token)) ?? state;
    if (state === ContributionLinkState.OPEN) {
      const sent = { submittedAnswers: answers, submittedAt: now, submissionKey: input.submissionKey };
      // The draft has done its work: what was sent is the one copy kept.
      await scope.db.getRepository(Contribution).upsert({ linkId: link.linkId, draftAnswers: {}, draftSavedAt: null, ...sent }, ["linkId"]);
      await scope.db.getRepository(ContributionLink).update({ id: link.linkId }, { usedAt: now });
      audit(scope, link, "create");
      return submitted(sent);
    }
  }
  if (state === ContributionLinkState.USED) {
    const earlier = await scope.db.getRepository(Contribution).findOneBy({ linkId: link.linkId, submissionKey: input.submissionKey });
    if (earlier?.submittedAt) {
      audit(scope, link, "read");
      return submitted(earlier);
    }
  }
  return closedFor(state);
}

/**
 * What the holder of a used link sent, for them to keep a copy of: their own contribution only, as row-level security
 * allows a claimed link, and only until the link would have stopped working. Null for anything else.
 */
export async function sentContribution(scope: RequestScope, token: string, now = new Date()): Promise<SentContribution | null> {
  const link = await holdLink(scope, token);
  if (link?.state !== ContributionLinkState.USED || link.expiresAt.getTime() <= now.getTime()) return null;
  const contribution = await scope.db.getRepository(Contribution).findOneBy({ linkId: link.linkId });
  if (!contribution?.submittedAt) return null;
  audit(scope, link, "read");
  return Object.assign(new SentContribution(), {
    ...submitted(contribution),
    youngPersonFirstName: link.youngPersonFirstName,
    questions: [...questionsFor(link.relationship)],
  });
}
