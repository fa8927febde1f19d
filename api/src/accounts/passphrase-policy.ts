import { isCommonPassword } from "./common-passwords";

// The rules follow NCSC and NIST SP 800-63B: length and a check against guessable choices, but no "must have a
// symbol" rules, which make passphrases harder to remember and no harder to guess.
const MIN_CHARACTERS = 12;
const MIN_WORDS = 3;
const MIN_WORD_LETTERS = 2;
const MAX_CHARACTERS = 1000;

const TRY_THREE_WORDS = "Try three words you will remember, like “purple otter jumps”.";

/** Keyed by code, so that the portal can put the same problem in its own words. */
export const PASSPHRASE_PROBLEM_MESSAGES = {
  TOO_SHORT: `Your passphrase is too short. ${TRY_THREE_WORDS}`,
  TOO_LONG: `Your passphrase is too long. Please use no more than ${MAX_CHARACTERS} letters, numbers and spaces.`,
  CONTAINS_NAME: `Your passphrase is too much like your name, so it is easy to guess. ${TRY_THREE_WORDS}`,
  TOO_COMMON: `Lots of people use that passphrase, so it is easy to guess. ${TRY_THREE_WORDS}`,
  TOO_PREDICTABLE: `Your passphrase has a pattern, like “aaaa” or “1234”, that is easy to guess. ${TRY_THREE_WORDS}`,
} as const;

export type PassphraseProblemCode = keyof typeof PASSPHRASE_PROBLEM_MESSAGES;

export interface PassphraseProblem {
  code: PassphraseProblemCode;
  message: string;
}

export interface PassphraseContext {
  username?: string;
  firstName?: string;
}

/**
 * The problems with a passphrase a young person has chosen; none means it will do. There is at most one problem
 * about its length and one about how guessable it is (the most telling), so that a child is not shown a list.
 */
export function checkPassphrase(passphrase: string, context: PassphraseContext = {}): PassphraseProblem[] {
  if (characterCount(passphrase) > MAX_CHARACTERS) return [problem("TOO_LONG")];

  const text = passphrase.normalize("NFKC");
  const problems: PassphraseProblem[] = [];
  if (!isLongEnough(text)) problems.push(problem("TOO_SHORT"));
  const guessable = guessability(text, context);
  if (guessable) problems.push(problem(guessable));
  return problems;
}

function problem(code: PassphraseProblemCode): PassphraseProblem {
  return { code, message: PASSPHRASE_PROBLEM_MESSAGES[code] };
}

/** Counts what a person sees as characters: an emoji is one, not the two UTF-16 units of string.length. */
function characterCount(text: string): number {
  // Beyond twice the limit in UTF-16 units it is over the limit whatever it holds, and need not be walked.
  return text.length > 2 * MAX_CHARACTERS ? text.length : [...text].length;
}

function isLongEnough(text: string): boolean {
  // Runs of spaces count as one, so that padding does not lengthen a passphrase.
  const squeezed = text.trim().replace(/\s+/gu, " ");
  const words = (text.match(/\p{L}+/gu) ?? []).filter((word) => characterCount(word) >= MIN_WORD_LETTERS);
  return characterCount(squeezed) >= MIN_CHARACTERS || words.length >= MIN_WORDS;
}

function guessability(text: string, { username, firstName }: PassphraseContext): PassphraseProblemCode | null {
  const lower = text.toLowerCase();
  // What a guesser would try anyway: the same letters and digits without spaces and punctuation ("Pass word 123"
  // is "password123"), and without the digits stuck on either end ("sunshine2024" is "sunshine").
  const lettersAndDigits = lettersAndDigitsOf(lower);
  const core = withoutEdgeDigits(lettersAndDigits);

  const names = [username, firstName].map((name) => withoutEdgeDigits(lettersAndDigitsOf(name ?? "")));
  if (core !== "" && names.includes(core)) return "CONTAINS_NAME";
  if ([lower, lettersAndDigits, core].some((form) => form !== "" && isCommonPassword(form))) return "TOO_COMMON";
  if (hasPattern(lettersAndDigits || lower.replace(/\s/gu, ""))) return "TOO_PREDICTABLE";
  return null;
}

function lettersAndDigitsOf(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
}

function withoutEdgeDigits(text: string): string {
  return text.replace(/^\p{N}+|\p{N}+$/gu, "");
}

const ALPHABET = "abcdefghijklmnopqrstuvwxyz";

/** One thing said again and again ("abcabcabc"), or counting up or down ("123456789012", "zyxwvu"). */
function hasPattern(text: string): boolean {
  if (text === "") return false;
  const digits = "0123456789".repeat(Math.ceil(text.length / 10) + 1);
  const countsInOrder = [ALPHABET, digits].some((run) => run.includes(text) || reversed(run).includes(text));
  return countsInOrder || /^(.+?)\1+$/su.test(text);
}

function reversed(text: string): string {
  return [...text].reverse().join("");
}
