import { codeEnum } from "./code-enum";

/**
 * What is wrong with one field of what was sent, as a code a client can put in its own words. They are part of the
 * API (the portal's type for them is generated from the schema): add codes, never rename or remove one.
 */
export const FIELD_ERROR_CODES = {
  REQUIRED: "Nothing was given where something is needed.",
  TOO_LONG: "Longer (or more items) than allowed.",
  TOO_SHORT: "Shorter than allowed.",
  OUT_OF_RANGE: "A number outside what is allowed.",
  INVALID_FORMAT: "Not in the form expected, such as an id, a date or a cursor that was never given out.",
  NOT_ON_THE_LIST: "Not one of the choices offered, such as someone outside the young person's network.",
  CONFLICTING: "Contradicts another field or another choice in the same request.",
  NOTHING_ANSWERED: "Sending needs at least one answer.",
  NOT_ASKED_OF_YOU: "An answer to a question that is not asked of this person.",
  NOT_SENT_YET: "Refers to something the young person has not sent yet.",
  NOT_COMING_UP: "The review has started, been held or been cancelled, so this can no longer change.",
  NOT_STARTED_YET: "The review has not started yet.",
  IN_THE_PAST: "A time that has already passed.",
  UNCHANGED: "The same as it already is.",
  ALREADY_PLANNED: "The young person already has a review planned.",
  NOT_ELIGIBLE: "This person cannot take this role, such as an IRO who may not be allocated to this young person.",
  ALREADY_HAS_ACCOUNT: "The young person already has an account.",
  USERNAME_TAKEN: "Someone already has that username.",
  NOT_ALLOWED_CHARACTER: "A username with a character other than a to z, 0 to 9, dots, dashes and underscores.",
  STARTS_WITH_SYMBOL: "A username that does not start with a letter or a number.",
  LOOKS_LIKE_EMAIL: "A username that looks like an email address.",
  LOOKS_LIKE_PHONE_NUMBER: "A username with what looks like a phone number in it.",
  CONTAINS_NAME: "A passphrase too like the person's name or username.",
  TOO_COMMON: "A passphrase on the list of common ones.",
  TOO_PREDICTABLE: "A passphrase with an easily guessed pattern.",
  NOT_AN_ALLOWED_MOVE: "A move its record's state does not allow, such as allocating a request nobody has referred yet; the message says which moves are allowed.",
  NOT_HELD: "The review has not been recorded as held, so nothing that happened at it can be recorded yet.",
} as const;

export type FieldErrorCode = keyof typeof FIELD_ERROR_CODES;

export const FieldErrorCodeEnum = codeEnum("FieldErrorCode", "What is wrong with one field of a BAD_USER_INPUT error: `extensions.fields[].code`.", FIELD_ERROR_CODES);
