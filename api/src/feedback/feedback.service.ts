import type { EntityManager } from "typeorm";
import { ReviewAttendee } from "../attendance/review-attendee.entity";
import { ContributionPurpose } from "../contributions/contribution-purpose";
import { ContributionLinkState, type ContributionFormClosed } from "../contributions/contribution.types";
import { auditAsHolder, closedFor, holdLink, spendLink, stateOnceAlone, type HeldLink } from "../contributions/single-use-link";
import type { RequestScope } from "../kernel/context";
import { badUserInput } from "../kernel/errors";
import { may, requireAccess } from "../people/young-person-access";
import type { StaffContact } from "../people/staff-contact.entity";
import { feedbackAnswers, hasAnyFeedback, type FeedbackAnswers, type FeedbackAnswersInput } from "./feedback-answers";
import { Feedback } from "./feedback.entity";
import { FeedbackRespondent } from "./feedback-respondent";
import { feedbackClosesAt, heldSinceStillOpen } from "./feedback-window";
import { ReviewStatus } from "../reviews/review-status";
import { FeedbackDraftSaved, FeedbackForm, FeedbackSubmitted, MyFeedbackForm } from "./feedback.types";

const hold = (scope: RequestScope, token: string) => holdLink(scope, token, ContributionPurpose.FEEDBACK);

/** What was sent, from the row's columns. */
function sentAnswers(feedback: Feedback): FeedbackAnswers {
  return feedbackAnswers({ ...feedback });
}

function submitted(feedback: Pick<Feedback, "submittedAt"> & FeedbackAnswers): FeedbackSubmitted {
  return Object.assign(new FeedbackSubmitted(), { submittedAt: feedback.submittedAt, answers: feedbackAnswers(feedback) });
}

function answersOrRefuse(sent: FeedbackAnswersInput): FeedbackAnswers {
  const answers = feedbackAnswers(sent);
  if (!hasAnyFeedback(answers)) throw badUserInput([{ field: "answers", code: "NOTHING_ANSWERED", message: "Answer at least one question before you send your feedback." }]);
  return answers;
}

type FormContext = { youngPersonFirstName: string; reviewHeldAt: Date; closesAt: Date; iro: StaffContact | null };

function formOf<T extends FeedbackForm>(form: T, context: FormContext, attendee: ReviewAttendee, feedback: Feedback | null): T {
  return Object.assign(form, {
    ...context,
    respondent: attendee.respondent,
    draft: feedbackAnswers(feedback?.draft ?? {}),
    draftSavedAt: feedback?.draftSavedAt ?? null,
  });
}

const keepDraft = (db: EntityManager, attendeeId: string, draft: FeedbackAnswers, now: Date) =>
  db.getRepository(Feedback).upsert({ attendeeId, draft: { ...draft }, draftSavedAt: now }, ["attendeeId"]);

/** Sends the answers: what was sent is the one copy kept, and a comment is never shared without a yes. */
async function send(db: EntityManager, attendeeId: string, answers: FeedbackAnswers, submissionKey: string, now: Date): Promise<FeedbackSubmitted> {
  const sent = { ...answers, mayQuote: answers.mayQuote ?? false, submittedAt: now, submissionKey };
  await db.getRepository(Feedback).upsert({ attendeeId, draft: {}, draftSavedAt: null, ...sent }, ["attendeeId"]);
  return submitted(sent);
}

// The holder of a feedback link, with no account.

async function heldAttendee(scope: RequestScope, link: HeldLink): Promise<ReviewAttendee> {
  return scope.db.getRepository(ReviewAttendee).findOneByOrFail({ linkId: link.linkId });
}

const linkContext = (link: HeldLink): FormContext => ({
  youngPersonFirstName: link.youngPersonFirstName,
  reviewHeldAt: link.reviewScheduledFor,
  closesAt: link.expiresAt,
  iro: link.iro,
});

/** The form a feedback link opens, with the draft kept so far, or why it cannot be used. */
export async function openFeedbackForm(scope: RequestScope, token: string): Promise<FeedbackForm | ContributionFormClosed> {
  const link = await hold(scope, token);
  if (link?.state !== ContributionLinkState.OPEN) return closedFor(link?.state ?? null);
  const attendee = await heldAttendee(scope, link);
  const feedback = await scope.db.getRepository(Feedback).findOneBy({ attendeeId: attendee.id });
  auditAsHolder(scope, link, "read", "feedback");
  return formOf(new FeedbackForm(), linkContext(link), attendee, feedback);
}

export async function saveFeedbackDraft(
  scope: RequestScope,
  input: { token: string; answers: FeedbackAnswersInput },
  now = new Date(),
): Promise<FeedbackDraftSaved | ContributionFormClosed> {
  const link = await hold(scope, input.token);
  if (link?.state !== ContributionLinkState.OPEN) return closedFor(link?.state ?? null);
  const draft = feedbackAnswers(input.answers);
  const state = await stateOnceAlone(scope, link, input.token);
  if (state !== ContributionLinkState.OPEN) return closedFor(state);
  await keepDraft(scope.db, (await heldAttendee(scope, link)).id, draft, now);
  auditAsHolder(scope, link, "update", "feedback");
  return Object.assign(new FeedbackDraftSaved(), { draft, savedAt: now });
}

/**
 * Sends the holder's feedback and spends the link. Sent again with the same submission key (a retry, a double click),
 * it answers as the first time and keeps nothing more; any other submission through a spent link is refused.
 */
export async function submitFeedback(
  scope: RequestScope,
  input: { token: string; answers: FeedbackAnswersInput; submissionKey: string },
  now = new Date(),
): Promise<FeedbackSubmitted | ContributionFormClosed> {
  const link = await hold(scope, input.token);
  if (!link) return closedFor(null);
  let state = link.state;
  if (state === ContributionLinkState.OPEN) {
    const answers = answersOrRefuse(input.answers);
    state = (await stateOnceAlone(scope, link, input.token)) ?? state;
    if (state === ContributionLinkState.OPEN) {
      const result = await send(scope.db, (await heldAttendee(scope, link)).id, answers, input.submissionKey, now);
      await spendLink(scope, link, now);
      auditAsHolder(scope, link, "create", "feedback");
      return result;
    }
  }
  if (state === ContributionLinkState.USED) {
    const earlier = await scope.db.getRepository(Feedback).findOneBy({ attendeeId: (await heldAttendee(scope, link)).id, submissionKey: input.submissionKey });
    if (earlier?.submittedAt) {
      auditAsHolder(scope, link, "read", "feedback");
      return submitted(sentAnswersWithTime(earlier));
    }
  }
  return closedFor(state);
}

const sentAnswersWithTime = (feedback: Feedback) => ({ ...sentAnswers(feedback), submittedAt: feedback.submittedAt });

// The young person, in the portal, about their own last review.

type MyAsk = { attendee: ReviewAttendee; reviewHeldAt: Date; closesAt: Date; firstName: string };

/**
 * The young person's own open request for feedback: the newest held review they were recorded at and asked about,
 * within 28 days of it. Row-level security shows a young person only their own attendee rows.
 */
async function myOpenAsk(scope: RequestScope, action: "read" | "update" | "create"): Promise<MyAsk | null> {
  const personId = scope.viewer?.account.personId ?? "";
  await requireAccess(scope, action, "feedback", personId);
  const attendee = await scope.db
    .getRepository(ReviewAttendee)
    .createQueryBuilder("attendee")
    .innerJoinAndSelect("attendee.review", "review")
    .innerJoinAndSelect("attendee.youngPerson", "youngPerson")
    .innerJoinAndSelect("youngPerson.person", "person")
    .where("attendee.person_id = :personId AND attendee.respondent = :respondent AND attendee.feedback_asked", { personId, respondent: FeedbackRespondent.YOUNG_PERSON })
    .andWhere("review.status = :held AND review.scheduled_for > :since", { held: ReviewStatus.HELD, since: heldSinceStillOpen(new Date()) })
    .orderBy("review.scheduled_for", "DESC")
    .limit(1)
    .getOne();
  if (!attendee?.review || !attendee.youngPerson?.person) return null;
  return { attendee, reviewHeldAt: attendee.review.scheduledFor, closesAt: feedbackClosesAt(attendee.review), firstName: attendee.youngPerson.person.firstName };
}

/** The young person's form on their last review while it is open to them, sent or not; null when there is none. */
export async function myFeedbackForm(scope: RequestScope): Promise<MyFeedbackForm | null> {
  // Anyone signed in may ask for their own form, so that a home page asks in the same query whoever it is for; only a
  // young person asked after their review has one.
  if (!(await may(scope, "read", "feedback", scope.viewer?.account.personId ?? ""))) return null;
  const ask = await myOpenAsk(scope, "read");
  if (!ask) return null;
  const feedback = await scope.db.getRepository(Feedback).findOneBy({ attendeeId: ask.attendee.id });
  const context = { youngPersonFirstName: ask.firstName, reviewHeldAt: ask.reviewHeldAt, closesAt: ask.closesAt, iro: null };
  return Object.assign(formOf(new MyFeedbackForm(), context, ask.attendee, feedback), {
    notNowCount: feedback?.notNowCount ?? 0,
    submittedAt: feedback?.submittedAt ?? null,
    ...(feedback?.submittedAt ? { draft: sentAnswers(feedback) } : {}),
  });
}

const NO_FORM = closedFor(ContributionLinkState.EXPIRED);

export async function saveMyFeedbackDraft(scope: RequestScope, input: { answers: FeedbackAnswersInput }, now = new Date()): Promise<FeedbackDraftSaved | ContributionFormClosed> {
  const ask = await myOpenAsk(scope, "update");
  if (!ask) return NO_FORM;
  const existing = await scope.db.getRepository(Feedback).findOneBy({ attendeeId: ask.attendee.id });
  if (existing?.submittedAt) return closedFor(ContributionLinkState.USED);
  const draft = feedbackAnswers(input.answers);
  await keepDraft(scope.db, ask.attendee.id, draft, now);
  return Object.assign(new FeedbackDraftSaved(), { draft, savedAt: now });
}

/**
 * Takes the young person's row for this request alone; null when it is already sent (row-level security no longer lets
 * it change, so it cannot be locked). Requests sending at once take turns here.
 */
async function lockUnsent(db: EntityManager, attendeeId: string): Promise<boolean> {
  await db.query("INSERT INTO feedback (attendee_id) VALUES ($1) ON CONFLICT (attendee_id) DO NOTHING", [attendeeId]);
  const locked: unknown[] = await db.query("SELECT id FROM feedback WHERE attendee_id = $1 FOR UPDATE", [attendeeId]);
  return locked.length > 0;
}

/** Sends the young person's feedback once; the same submission key again answers as the first time. */
export async function submitMyFeedback(
  scope: RequestScope,
  input: { answers: FeedbackAnswersInput; submissionKey: string },
  now = new Date(),
): Promise<FeedbackSubmitted | ContributionFormClosed> {
  const ask = await myOpenAsk(scope, "create");
  if (!ask) return NO_FORM;
  const answers = answersOrRefuse(input.answers);
  if (await lockUnsent(scope.db, ask.attendee.id)) return send(scope.db, ask.attendee.id, answers, input.submissionKey, now);
  const earlier = await scope.db.getRepository(Feedback).findOneBy({ attendeeId: ask.attendee.id, submissionKey: input.submissionKey });
  return earlier?.submittedAt ? submitted(sentAnswersWithTime(earlier)) : closedFor(ContributionLinkState.USED);
}

/** The young person says "not now": after twice, their home page stops asking. The form stays open to them. */
export async function notNowToFeedback(scope: RequestScope): Promise<MyFeedbackForm | null> {
  const ask = await myOpenAsk(scope, "update");
  if (!ask) return null;
  if (await lockUnsent(scope.db, ask.attendee.id)) {
    await scope.db.query("UPDATE feedback SET not_now_count = not_now_count + 1 WHERE attendee_id = $1", [ask.attendee.id]);
  }
  return myFeedbackForm(scope);
}
