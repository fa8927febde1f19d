import type { Action } from "../kernel/access/permissions";
import type { RequestScope } from "../kernel/context";
import { badUserInput } from "../kernel/errors";
import type { Relationship } from "../people/relationship";
import { answersToKeep, hasAnyAnswer, toContributionAnswers, type AnswerTexts, type ContributionAnswersInput } from "./contribution-answers";
import { Contribution } from "./contribution.entity";
import { ContributionPurpose } from "./contribution-purpose";
import { questionsFor } from "./contribution-questions";
import { ContributionDraftSaved, ContributionForm, ContributionLinkState, ContributionSubmitted, SentContribution, type ContributionFormClosed } from "./contribution.types";
import { auditAsHolder, closedFor, holdLink, spendLink, stateOnceAlone, type HeldLink } from "./single-use-link";

const hold = (scope: RequestScope, token: string) => holdLink(scope, token, ContributionPurpose.VIEWS);
const audit = (scope: RequestScope, link: HeldLink, action: Action) => auditAsHolder(scope, link, action, "contribution");

function answersOrRefuse(sent: ContributionAnswersInput, relationship: Relationship): AnswerTexts {
  const kept = answersToKeep(sent, relationship);
  if ("problems" in kept) throw badUserInput(kept.problems);
  return kept.answers;
}

/** The form a token opens, with the draft kept so far, or why it cannot be used. */
export async function openContributionForm(scope: RequestScope, token: string): Promise<ContributionForm | ContributionFormClosed> {
  const link = await hold(scope, token);
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
  const link = await hold(scope, input.token);
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
  const link = await hold(scope, input.token);
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
      await spendLink(scope, link, now);
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
  const link = await hold(scope, token);
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
