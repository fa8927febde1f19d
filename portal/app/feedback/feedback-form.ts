import type { Feeling, FeedbackAnswerFieldsFragment, FeedbackAnswersInput, FeedbackRating } from "~/graphql/generated/graphql";
import { formText } from "~/session/form-text";

export const RATED = ["listenedTo", "viewsTakenIntoAccount", "wellOrganised", "youngPersonAtTheCentre"] as const;
export const COMMENTS = ["keepTheSame", "change", "anythingElse"] as const;
export const RATINGS = ["YES", "MOSTLY", "A_LITTLE", "NO"] as const satisfies readonly FeedbackRating[];

/** The young person's scale is faces with words, as in their views: a face for each rating. */
export const FACE_FOR: Readonly<Record<FeedbackRating, Feeling>> = { YES: "VERY_HAPPY", MOSTLY: "HAPPY", A_LITTLE: "UNHAPPY", NO: "VERY_UNHAPPY" };

export const MAY_QUOTE = "mayQuote";
export const INTENT = { send: "send", save: "save", notNow: "not-now" } as const;

export type FeedbackDraft = Omit<FeedbackAnswerFieldsFragment, " $fragmentName">;

const isRating = (value: string): value is FeedbackRating => (RATINGS as readonly string[]).includes(value);

/** The answers a feedback form sent: a rating only if it is one, comments as typed, consent only if given. */
export function answersFromForm(form: FormData): FeedbackAnswersInput {
  const answers: FeedbackAnswersInput = {};
  for (const name of RATED) {
    const value = formText(form.get(name));
    answers[name] = isRating(value) ? value : null;
  }
  for (const name of COMMENTS) answers[name] = formText(form.get(name));
  const quote = formText(form.get(MAY_QUOTE));
  answers.mayQuote = quote === "yes" ? true : quote === "no" ? false : null;
  return answers;
}

/** What the form shows again: the draft kept, or what was just sent back with an error. */
export function draftOf(answers: FeedbackAnswersInput | FeedbackDraft | null | undefined): FeedbackDraft {
  return {
    listenedTo: answers?.listenedTo ?? null,
    viewsTakenIntoAccount: answers?.viewsTakenIntoAccount ?? null,
    wellOrganised: answers?.wellOrganised ?? null,
    youngPersonAtTheCentre: answers?.youngPersonAtTheCentre ?? null,
    keepTheSame: answers?.keepTheSame ?? null,
    change: answers?.change ?? null,
    anythingElse: answers?.anythingElse ?? null,
    mayQuote: answers?.mayQuote ?? null,
  };
}
