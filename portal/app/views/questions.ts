import type { Feeling, ViewsAudience } from "~/graphql/generated/graphql";
import * as series from "~/question-page/question-series";

/** The five faces, saddest first, as the young person reads them down the page. */
export const FEELINGS = ["VERY_UNHAPPY", "UNHAPPY", "OK", "HAPPY", "VERY_HAPPY"] as const satisfies readonly Feeling[];
/** From the most private to the least. */
export const AUDIENCES = ["IRO_ONLY", "IRO_AND_SOCIAL_WORKER", "EVERYONE_AT_REVIEW"] as const satisfies readonly ViewsAudience[];

export type TextAnswer = "goingWell" | "worryingMe" | "wouldLikeToChange" | "talkAboutAtReview" | "anythingElse";
export type FeelingAnswer = "feelingAboutHome" | "feelingAboutSchool" | "feelingAboutHealth" | "feelingAboutFamilyTime" | "feelingAboutFriendsAndActivities";

/** The question pages, one thing on each, in the order a young person meets them. */
export const QUESTION_IDS = [
  "going-well",
  "worries",
  "changes",
  "talk-about",
  "feel-about-home",
  "feel-about-school",
  "feel-about-health",
  "feel-about-family-time",
  "feel-about-friends",
  "anything-else",
] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

export type Question = { id: QuestionId } & ({ kind: "text"; name: TextAnswer } | { kind: "feeling"; name: FeelingAnswer });

export const QUESTIONS: Readonly<Record<QuestionId, Question>> = {
  "going-well": { id: "going-well", kind: "text", name: "goingWell" },
  worries: { id: "worries", kind: "text", name: "worryingMe" },
  changes: { id: "changes", kind: "text", name: "wouldLikeToChange" },
  "talk-about": { id: "talk-about", kind: "text", name: "talkAboutAtReview" },
  "feel-about-home": { id: "feel-about-home", kind: "feeling", name: "feelingAboutHome" },
  "feel-about-school": { id: "feel-about-school", kind: "feeling", name: "feelingAboutSchool" },
  "feel-about-health": { id: "feel-about-health", kind: "feeling", name: "feelingAboutHealth" },
  "feel-about-family-time": { id: "feel-about-family-time", kind: "feeling", name: "feelingAboutFamilyTime" },
  "feel-about-friends": { id: "feel-about-friends", kind: "feeling", name: "feelingAboutFriendsAndActivities" },
  "anything-else": { id: "anything-else", kind: "text", name: "anythingElse" },
};

export function isQuestionId(value: string | null | undefined): value is QuestionId {
  return (QUESTION_IDS as readonly string[]).includes(value ?? "");
}

export const START_PATH = "/my-views";
/** The start page, saying what was saved, for "Save and come back later". */
export const SAVED_PATH = `${START_PATH}?saved`;
export const AUDIENCE_PATH = "/my-views/who-can-see";
export const CHECK_ANSWERS_PATH = "/my-views/check-answers";
export const SENT_PATH = "/my-views/sent";
export const questionPath = (id: QuestionId) => `/my-views/${id}`;

/**
 * The page someone came from to change one answer, carried in `?return=`: checking the answers, or the page they
 * were on when they changed who can see their views. Anything else is ignored, so the parameter cannot send anyone
 * off the site.
 */
export type ReturnTo = QuestionId | "check-answers" | "start";

export function returnToFrom(search: URLSearchParams): ReturnTo | null {
  const value = search.get("return");
  return value === "check-answers" || value === "start" || isQuestionId(value) ? value : null;
}

function returnPath(to: ReturnTo): string {
  if (to === "check-answers") return CHECK_ANSWERS_PATH;
  return to === "start" ? START_PATH : questionPath(to);
}

const SERIES: series.QuestionSeries<QuestionId> = { ids: QUESTION_IDS, path: questionPath, start: START_PATH, checkAnswers: CHECK_ANSWERS_PATH };

/** Where Continue goes: the next question, checking the answers after the last one, or back where a change began. */
export const pathAfter = (id: QuestionId, returnTo: ReturnTo | null) => series.pathAfter(SERIES, id, returnTo && returnPath(returnTo));

/** Where Back goes: the question before, the start page before the first, or back where a change began. */
export const pathBefore = (id: QuestionId, returnTo: ReturnTo | null) => series.pathBefore(SERIES, id, returnTo && returnPath(returnTo));

export const progress = (id: QuestionId) => series.progressOf(SERIES, id);

/** Where choosing who can see the views goes next, and where its Back link goes. */
export const pathAfterAudience = (returnTo: ReturnTo | null) => (returnTo ? returnPath(returnTo) : questionPath(QUESTION_IDS[0]));
export const pathBeforeAudience = (returnTo: ReturnTo | null) => (returnTo ? returnPath(returnTo) : START_PATH);

/** The link to change who can see the views, coming back to this page afterwards. */
export const changeAudiencePath = (from: ReturnTo) => `${AUDIENCE_PATH}?return=${from}`;

type Answered = { audience: ViewsAudience | null } & Partial<Record<TextAnswer | FeelingAnswer, string | null>>;

/**
 * Where "Carry on" takes someone coming back to a draft: who can see it if they have not said, else the page after the
 * last one they answered (questions they skipped before that stay skipped), or checking the answers after the last.
 */
export function carryOnPath(draft: Answered | null): string {
  if (!draft?.audience) return AUDIENCE_PATH;
  const lastAnswered = QUESTION_IDS.findLastIndex((id) => (draft[QUESTIONS[id].name] ?? null) !== null);
  const next = QUESTION_IDS[lastAnswered + 1];
  return next ? questionPath(next) : CHECK_ANSWERS_PATH;
}
