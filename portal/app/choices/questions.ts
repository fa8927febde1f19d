import type { Attendance, Chairing, ChoiceTopic, MeetingPlace, MeetingShape, PreferredTime } from "~/graphql/generated/graphql";
import * as series from "~/question-page/question-series";

/** The question pages, in the order a young person meets them. */
export const QUESTION_IDS = ["where", "how", "when", "who", "not-who", "meet-iro-first", "chairing"] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

export const PLACES = ["MY_HOME", "IRO_OFFICE", "COMMUNITY_PLACE", "ONLINE", "SOMEWHERE_ELSE"] as const satisfies readonly MeetingPlace[];
export const MEETING_SHAPES = ["ALL_TOGETHER", "SHORT_MEETINGS"] as const satisfies readonly MeetingShape[];
export const ATTENDANCES = ["IN_PERSON", "ONLINE", "MIXED"] as const satisfies readonly Attendance[];
export const PREFERRED_TIMES = ["AFTER_SCHOOL", "WEEKEND", "HOLIDAYS"] as const satisfies readonly PreferredTime[];
export const CHAIRINGS = ["I_CHAIR", "CO_CHAIR", "IRO_CHAIRS", "NOT_SURE"] as const satisfies readonly Chairing[];
export const YES_NO = ["yes", "no"] as const;

export type RadioName = "place" | "meetingShape" | "attendance" | "meetIroFirst" | "chairing";
export type TextName = "placeDetails" | "timesThatDoNotWork" | "othersInvited" | "notWantedOthers";
export type PeopleName = "invitedPersonIds" | "notWantedPersonIds";

export type Control =
  | { kind: "radios"; name: RadioName; options: readonly string[]; optionHints?: boolean }
  | { kind: "checkboxes"; name: "preferredTimes"; options: readonly PreferredTime[] }
  | { kind: "people"; name: PeopleName; invitableOnly: boolean }
  | { kind: "text"; name: TextName; multiline: boolean };

export type Question = {
  id: QuestionId;
  controls: readonly Control[];
  /** The part the IRO answers, if they answer this one. */
  topic: ChoiceTopic | null;
  /** Only the young person and their IRO ever see the answer. */
  isPrivate?: boolean;
};

export const QUESTIONS: Readonly<Record<QuestionId, Question>> = {
  where: {
    id: "where",
    topic: "PLACE",
    controls: [
      { kind: "radios", name: "place", options: PLACES },
      { kind: "text", name: "placeDetails", multiline: false },
    ],
  },
  how: {
    id: "how",
    topic: "FORMAT",
    controls: [
      { kind: "radios", name: "meetingShape", options: MEETING_SHAPES, optionHints: true },
      { kind: "radios", name: "attendance", options: ATTENDANCES },
    ],
  },
  when: {
    id: "when",
    topic: "TIMES",
    controls: [
      { kind: "checkboxes", name: "preferredTimes", options: PREFERRED_TIMES },
      { kind: "text", name: "timesThatDoNotWork", multiline: true },
    ],
  },
  who: {
    id: "who",
    topic: "PEOPLE",
    controls: [
      { kind: "people", name: "invitedPersonIds", invitableOnly: true },
      { kind: "text", name: "othersInvited", multiline: true },
    ],
  },
  "not-who": {
    id: "not-who",
    topic: null,
    isPrivate: true,
    controls: [
      { kind: "people", name: "notWantedPersonIds", invitableOnly: false },
      { kind: "text", name: "notWantedOthers", multiline: true },
    ],
  },
  "meet-iro-first": {
    id: "meet-iro-first",
    topic: "MEET_IRO_FIRST",
    controls: [{ kind: "radios", name: "meetIroFirst", options: YES_NO }],
  },
  chairing: {
    id: "chairing",
    topic: "CHAIRING",
    controls: [{ kind: "radios", name: "chairing", options: CHAIRINGS, optionHints: true }],
  },
};

export function isQuestionId(value: string | undefined): value is QuestionId {
  return (QUESTION_IDS as readonly string[]).includes(value ?? "");
}

export const START_PATH = "/my-review";
export const CHECK_ANSWERS_PATH = "/my-review/check-answers";
/** The check page's Send button, where every error about sending leads. */
export const SEND_BUTTON_ID = "send";
const SERIES: series.QuestionSeries<QuestionId> = { ids: QUESTION_IDS, path: (id) => `/my-review/${id}`, start: START_PATH, checkAnswers: CHECK_ANSWERS_PATH };

/** Where Continue goes: the next question, or checking the answers after the last one or after a change from there. */
export const pathAfter = (id: QuestionId, returnToCheck: boolean) => series.pathAfter(SERIES, id, returnToCheck ? CHECK_ANSWERS_PATH : null);

/** Where Back goes: the question before, or the start, or checking the answers after a change from there. */
export const pathBefore = (id: QuestionId, returnToCheck: boolean) => series.pathBefore(SERIES, id, returnToCheck ? CHECK_ANSWERS_PATH : null);

export const progress = (id: QuestionId) => series.progressOf(SERIES, id);
