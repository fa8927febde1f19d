import type { FormError } from "~/components/error-summary";
import { ApiError, type FieldError } from "~/graphql/api.server";
import type { FieldErrorCode } from "~/graphql/generated/schema-enums";
import { t, type MessageId } from "~/messages/messages";
import { limitInWords, textLimit } from "~/question-page/text-limits";

/** A field's own words, by the API's code. */
type CodeWords = Partial<Record<FieldErrorCode, MessageId>>;

const PEOPLE_CHOSEN: CodeWords = { NOT_ON_THE_LIST: "choices.error.people", INVALID_FORMAT: "choices.error.people", TOO_LONG: "choices.error.tooManyPeople" };
const VIEWS_ANSWER: CodeWords = { TOO_LONG: "views.error.tooLong" };

/**
 * Each feature's own words for its fields, keyed by the API's field name; `parent.*` stands for every field under
 * `parent`. A code a field has no words for here takes the general words for that code.
 */
const FEATURE_WORDS = {
  activate: {
    code: { TOO_LONG: "activate.error.codeTooLong" },
    username: { TOO_SHORT: "activate.error.usernameTooShort", TOO_LONG: "activate.error.usernameTooLong" },
    passphrase: { TOO_SHORT: "activate.error.passphraseTooShort", TOO_LONG: "activate.error.passphraseTooLong" },
  },
  choices: {
    placeDetails: { REQUIRED: "choices.error.placeDetails", TOO_LONG: "choices.error.placeDetailsTooLong" },
    timesThatDoNotWork: { TOO_LONG: "choices.error.timesTooLong" },
    invitedPersonIds: PEOPLE_CHOSEN,
    othersInvited: { TOO_LONG: "choices.error.othersTooLong" },
    notWantedPersonIds: { ...PEOPLE_CHOSEN, CONFLICTING: "choices.error.bothLists" },
    notWantedOthers: { TOO_LONG: "choices.error.othersTooLong" },
    reviewId: { NOTHING_ANSWERED: "checkAnswers.error.nothing", NOT_COMING_UP: "choices.error.notComingUp" },
  },
  iroReview: {
    reason: { REQUIRED: "iroReview.error.reasonMissing", TOO_LONG: "iroReview.error.reasonTooLong" },
    topic: { NOT_SENT_YET: "iroReview.error.notSent" },
  },
  views: {
    goingWell: VIEWS_ANSWER,
    worryingMe: VIEWS_ANSWER,
    wouldLikeToChange: VIEWS_ANSWER,
    talkAboutAtReview: VIEWS_ANSWER,
    anythingElse: VIEWS_ANSWER,
    audience: { REQUIRED: "views.error.audience" },
    reviewId: { NOTHING_ANSWERED: "views.error.nothing", NOT_COMING_UP: "views.error.closed" },
  },
  contribute: {
    "answers.*": { TOO_LONG: "contribute.error.tooLong" },
    answers: { NOTHING_ANSWERED: "contribute.error.nothing" },
  },
  contributionLinks: {
    reviewId: { NOT_COMING_UP: "contributionLinks.error.reviewId" },
    personId: { NOT_ON_THE_LIST: "contributionLinks.error.personId", INVALID_FORMAT: "contributionLinks.error.personId" },
  },
  arrange: {
    scheduledFor: { IN_THE_PAST: "arrange.error.past", UNCHANGED: "arrange.error.unchanged" },
    format: { UNCHANGED: "arrange.error.arrangementUnchanged" },
    venue: { TOO_LONG: "arrange.error.venueTooLong" },
    reason: { TOO_LONG: "arrange.error.reasonTooLong" },
    youngPersonId: { ALREADY_PLANNED: "arrange.error.alreadyPlanned" },
    reviewId: { NOT_COMING_UP: "arrange.error.notPlanned", NOT_STARTED_YET: "arrange.error.notStarted" },
  },
  needs: {
    interpreterLanguage: { TOO_LONG: "needs.error.interpreterLanguageTooLong" },
    alternativeCommunication: { TOO_LONG: "needs.error.alternativeCommunicationTooLong" },
    otherNeeds: { TOO_LONG: "needs.error.otherNeedsTooLong" },
  },
  support: {
    why: { TOO_LONG: "support.error.whyTooLong" },
  },
  supportMove: {
    closedReason: { REQUIRED: "supportRequest.error.reason" },
  },
  worried: {
    about: { TOO_LONG: "worried.error.aboutTooLong" },
  },
  feedback: {
    "answers.*": { TOO_LONG: "feedback.error.tooLong" },
    answers: { NOTHING_ANSWERED: "feedback.error.nothing" },
  },
  attendees: {
    reviewId: { NOT_HELD: "attendees.error.notHeld", IN_THE_PAST: "attendees.error.late" },
    attendees: { REQUIRED: "attendees.error.nobody" },
  },
  dateRange: {
    from: { INVALID_FORMAT: "dateRange.error.from" },
    to: { INVALID_FORMAT: "dateRange.error.to", CONFLICTING: "dateRange.error.order", OUT_OF_RANGE: "dateRange.error.tooLong" },
  },
  heldReview: {
    participation: { CONFLICTING: "conduct.error.participation", REQUIRED: "conduct.error.participationMissing" },
    chairingDeclined: { CONFLICTING: "conduct.error.chairingDeclined" },
    reviewId: { NOTHING_ANSWERED: "heldReview.error.nothing", UNCHANGED: "record.error.unchanged", TOO_LONG: "recommendations.error.tooMany" },
    reason: { REQUIRED: "record.error.reason" },
    action: { REQUIRED: "recommendations.error.action" },
    responsiblePersonId: { REQUIRED: "recommendations.error.responsible", NOT_ON_THE_LIST: "recommendations.error.responsible" },
    responsibleRole: { CONFLICTING: "recommendations.error.both" },
    dueOn: { IN_THE_PAST: "recommendations.error.dueOnBefore" },
    answer: { REQUIRED: "heldReview.error.answer" },
    checkedOn: { OUT_OF_RANGE: "midway.error.checkedOnRange" },
    progress: { NOT_ON_THE_LIST: "midway.error.progress" },
  },
  myRecord: {
    message: { REQUIRED: "myRecord.error.message", TOO_LONG: "myRecord.error.messageTooLong" },
    kind: { REQUIRED: "myRecord.error.kind" },
  },
} as const satisfies Record<string, Readonly<Record<string, CodeWords>>>;

/** The part of the portal whose words a refusal is put in. */
export type Feature = keyof typeof FEATURE_WORDS;

/** The words for a code when a field has none of its own. */
const GENERAL_WORDS: Readonly<Record<FieldErrorCode, MessageId>> = {
  REQUIRED: "fieldError.REQUIRED",
  TOO_LONG: "fieldError.TOO_LONG",
  TOO_SHORT: "fieldError.TOO_SHORT",
  OUT_OF_RANGE: "fieldError.OUT_OF_RANGE",
  INVALID_FORMAT: "fieldError.INVALID_FORMAT",
  NOT_ON_THE_LIST: "fieldError.NOT_ON_THE_LIST",
  CONFLICTING: "fieldError.CONFLICTING",
  NOTHING_ANSWERED: "fieldError.NOTHING_ANSWERED",
  NOT_ASKED_OF_YOU: "fieldError.NOT_ASKED_OF_YOU",
  NOT_SENT_YET: "fieldError.NOT_SENT_YET",
  NOT_COMING_UP: "fieldError.NOT_COMING_UP",
  NOT_STARTED_YET: "fieldError.NOT_STARTED_YET",
  IN_THE_PAST: "fieldError.IN_THE_PAST",
  UNCHANGED: "fieldError.UNCHANGED",
  ALREADY_PLANNED: "fieldError.ALREADY_PLANNED",
  NOT_ELIGIBLE: "fieldError.NOT_ELIGIBLE",
  ALREADY_HAS_ACCOUNT: "fieldError.ALREADY_HAS_ACCOUNT",
  USERNAME_TAKEN: "fieldError.USERNAME_TAKEN",
  NOT_ALLOWED_CHARACTER: "fieldError.NOT_ALLOWED_CHARACTER",
  STARTS_WITH_SYMBOL: "fieldError.STARTS_WITH_SYMBOL",
  LOOKS_LIKE_EMAIL: "fieldError.LOOKS_LIKE_EMAIL",
  LOOKS_LIKE_PHONE_NUMBER: "fieldError.LOOKS_LIKE_PHONE_NUMBER",
  CONTAINS_NAME: "fieldError.CONTAINS_NAME",
  TOO_COMMON: "fieldError.TOO_COMMON",
  TOO_PREDICTABLE: "fieldError.TOO_PREDICTABLE",
  NOT_AN_ALLOWED_MOVE: "fieldError.NOT_AN_ALLOWED_MOVE",
  NOT_HELD: "fieldError.NOT_HELD",
};

const underParent = (field: string) => `${field.slice(0, field.lastIndexOf("."))}.*`;

/**
 * A field error in the page's words: the feature's own for the field and code, else the general words for the code,
 * with the field's limit where the words name it. Only a code this portal does not know yet (an API newer than its
 * generated types) falls back to the API's English.
 */
export function wordsFor(feature: Feature, { field, code, message }: FieldError): string {
  const own: Readonly<Record<string, CodeWords>> = FEATURE_WORDS[feature];
  const id = own[field]?.[code] ?? (field.includes(".") ? own[underParent(field)]?.[code] : undefined) ?? GENERAL_WORDS[code];
  const limit = textLimit(feature, field);
  return id ? t(id, limit === undefined ? {} : { limit: limitInWords(limit) }) : message;
}

/** Words only the page can put, from what it knows (such as who is named), for a field error; undefined for the usual words. */
export type PageWords = (fieldError: FieldError) => string | undefined;

/**
 * The one way the API's refusals of what was typed reach a page: each field error in the page's words, leading to
 * where on the page it is put right (`anchor`, by default the field's own name). A refusal naming no field is about
 * the request as a whole. Any failure other than bad input is not the person's to put right, and is thrown on.
 */
export function refusedInput(error: unknown, feature: Feature, anchor: (field: string) => string = (field) => field, pageWords?: PageWords): FormError[] {
  if (!(error instanceof ApiError && error.code === "BAD_USER_INPUT")) throw error;
  const fields: FieldError[] = error.fields.length > 0 ? error.fields : [{ field: "", code: "INVALID_FORMAT", message: error.message }];
  return fields.map((fieldError) => ({ field: anchor(fieldError.field), message: pageWords?.(fieldError) ?? wordsFor(feature, fieldError) }));
}
