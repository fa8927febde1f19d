import type { ContributionAnswersInput, ContributionFormClosedReason, ContributionQuestionId } from "~/graphql/generated/graphql";
import * as series from "~/question-page/question-series";

/** The holder's pages. The link itself, /contribute/<token>, only hands its token over and sends the browser here. */
export const START_PATH = "/contribute";
export const CHECK_ANSWERS_PATH = "/contribute/check-answers";
export const SENT_PATH = "/contribute/sent";
export const questionPath = (id: ContributionQuestionId, returnToCheck = false) => `/contribute/questions/${id}${returnToCheck ? "?return=check" : ""}`;

/** The answers saved so far, as the API gives them: null for a question not answered. */
export type Draft = Partial<Record<ContributionQuestionId, string | null>>;

/** Why the questions cannot be shown: the API's reasons, or no link held by this browser at all. */
export type ClosedReason = ContributionFormClosedReason | "NO_LINK";

/** A link that worked once and works no more is gone; one that is not known (or not here) is simply explained. */
export function closedStatus(reason: ClosedReason): 200 | 410 {
  return reason === "EXPIRED" || reason === "USED" || reason === "REVOKED" ? 410 : 200;
}

/** One of the questions this link asks, or nothing. */
export function askedQuestion(questions: readonly ContributionQuestionId[], value: string | undefined): ContributionQuestionId | null {
  return questions.find((id) => id === value) ?? null;
}

export function isAnswered(draft: Draft, id: ContributionQuestionId): boolean {
  return (draft[id] ?? "").trim() !== "";
}

/** The questions a link asks depend on who holds it. */
const seriesOf = (questions: readonly ContributionQuestionId[]): series.QuestionSeries<ContributionQuestionId> => ({
  ids: questions,
  path: (id) => questionPath(id),
  start: START_PATH,
  checkAnswers: CHECK_ANSWERS_PATH,
});

/** Where Continue goes: the next question, or checking the answers after the last one or after a change from there. */
export const pathAfter = (questions: readonly ContributionQuestionId[], id: ContributionQuestionId, returnToCheck: boolean) =>
  series.pathAfter(seriesOf(questions), id, returnToCheck ? CHECK_ANSWERS_PATH : null);

/** Where Back goes: the question before, the start page before the first, or checking the answers after a change from there. */
export const pathBefore = (questions: readonly ContributionQuestionId[], id: ContributionQuestionId, returnToCheck: boolean) =>
  series.pathBefore(seriesOf(questions), id, returnToCheck ? CHECK_ANSWERS_PATH : null);

export const progress = (questions: readonly ContributionQuestionId[], id: ContributionQuestionId) => series.progressOf(seriesOf(questions), id);

/** Someone coming back carries on at the first question they have not answered, or checks their answers. */
export function whereToCarryOn(questions: readonly ContributionQuestionId[], draft: Draft): string {
  const next = questions.find((id) => !isAnswered(draft, id));
  return next ? questionPath(next) : CHECK_ANSWERS_PATH;
}

/**
 * The whole draft to save, with one question's answer as just typed: the API replaces the draft with what it is sent.
 * Only the questions asked are sent, and a blank answer is left out, so clearing a box takes its answer away.
 */
export function answersToSend(questions: readonly ContributionQuestionId[], draft: Draft, typed?: { id: ContributionQuestionId; text: string }): ContributionAnswersInput {
  const answers: ContributionAnswersInput = {};
  for (const id of questions) {
    const text = typed?.id === id ? typed.text : (draft[id] ?? "");
    if (text.trim() !== "") answers[id] = text;
  }
  return answers;
}

/** The one box on a question page, and the send button on the check page, are where errors point. */
export const ANSWER_FIELD = "answer";
export const SEND_FIELD = "send";
