import { normaliseUsername } from "./username";

const MIN_CHARACTERS = 3;
const MAX_CHARACTERS = 30;

/** Keyed by code, so that the portal can put the same problem in its own words. */
export const USERNAME_PROBLEM_MESSAGES = {
  TOO_SHORT: `Your username is too short. Please use at least ${MIN_CHARACTERS} letters or numbers.`,
  TOO_LONG: `Your username is too long. Please use no more than ${MAX_CHARACTERS} letters or numbers.`,
  NOT_ALLOWED_CHARACTER: "Your username can only use the letters a to z, numbers, dots, dashes and underscores.",
  STARTS_WITH_SYMBOL: "Your username needs to start with a letter or a number.",
  LOOKS_LIKE_EMAIL: "That looks like an email address. Please keep your email out of your username, so it stays private.",
  LOOKS_LIKE_PHONE_NUMBER:
    "That has a long number in it, like a phone number. Please keep phone numbers out of your username.",
} as const;

export type UsernameProblemCode = keyof typeof USERNAME_PROBLEM_MESSAGES;

export interface UsernameProblem {
  code: UsernameProblemCode;
  message: string;
}

// Only a to z: letters from other alphabets can look the same ("а" in Cyrillic, "a" in Latin), so two usernames
// could look alike, and a to z can be typed on any keyboard a young person signs in from.
const ALLOWED_CHARACTERS = /^[a-z0-9._-]*$/;
const FIRST_CHARACTER = /^[a-z0-9]/;
// An address written without its "@" ("sam.gmail.com") is still an address.
const EMAIL_LIKE = /@|\.(com|net|org|uk)$/;
// Seven digits make a local phone number; the spaces, dots and dashes people write between groups do not hide one.
const PHONE_LIKE = /\d(?:[\s().+_-]*\d){6,}/;

/**
 * The problems with a username a young person has chosen; none means it will do. It is checked as it will be
 * stored (see normaliseUsername), so "Sam.Jones " is fine and kept as "sam.jones".
 */
export function checkUsername(username: string): UsernameProblem[] {
  const stored = normaliseUsername(username);
  // Contact details are the problem that matters most, and on their own: an "@" or "+" is not worth a second message.
  if (EMAIL_LIKE.test(stored)) return [problem("LOOKS_LIKE_EMAIL")];
  if (PHONE_LIKE.test(stored)) return [problem("LOOKS_LIKE_PHONE_NUMBER")];

  const problems: UsernameProblem[] = [];
  const length = [...stored].length;
  if (length < MIN_CHARACTERS) problems.push(problem("TOO_SHORT"));
  if (length > MAX_CHARACTERS) problems.push(problem("TOO_LONG"));
  if (!ALLOWED_CHARACTERS.test(stored)) problems.push(problem("NOT_ALLOWED_CHARACTER"));
  if (stored !== "" && !FIRST_CHARACTER.test(stored)) problems.push(problem("STARTS_WITH_SYMBOL"));
  return problems;
}

function problem(code: UsernameProblemCode): UsernameProblem {
  return { code, message: USERNAME_PROBLEM_MESSAGES[code] };
}
