import type { MyViewsQuery, SaveViewsDraftInput, ViewsAudience } from "~/graphql/generated/graphql";
import { formText } from "~/session/form-text";
import { AUDIENCES, FEELINGS, QUESTION_IDS, QUESTIONS, type Question } from "./questions";

type YoungPerson = NonNullable<NonNullable<MyViewsQuery["me"]>["youngPerson"]>;
export type NextReview = NonNullable<YoungPerson["nextReview"]>;
export type ViewsDraft = NonNullable<NextReview["views"]["draft"]>;
/** What one page saves: its answer, who can see the views, and which words the young person is reading. */
export type DraftChanges = Omit<SaveViewsDraftInput, "reviewId">;

/** The views pages' own buttons, beside those of every question page: the switch between fewer and more words. */
export const WORDS_SWITCHES = ["fewer-words", "more-words"] as const;
/** What a question page's form says when it is saved in the background while the young person types. */
export const BACKGROUND_SAVE = "autosave";

/** The words a switch asks for, or undefined when the button pressed is not the switch. */
export function shorterWordsAskedFor(pressed: string): boolean | undefined {
  return pressed === "fewer-words" ? true : pressed === "more-words" ? false : undefined;
}

/**
 * A question page's answer as the API takes it, and the value to show again if it is refused. Text goes exactly as
 * typed; an empty box clears the answer. A face left unchosen keeps what was saved: every question can be skipped.
 */
export function answerFromForm(question: Question, form: FormData): { changes: DraftChanges; value: string } {
  const value = formText(form.get(question.name));
  if (question.kind === "text") return { changes: { [question.name]: value.trim() === "" ? null : value }, value };
  const feeling = FEELINGS.find((each) => each === value);
  return { changes: feeling ? { [question.name]: feeling } : {}, value: feeling ?? "" };
}

export function audienceFromForm(form: FormData): ViewsAudience | null {
  const value = formText(form.get("audience"));
  return AUDIENCES.find((each) => each === value) ?? null;
}

/** The saved answer to show in the question's field. */
export function valueFromDraft(question: Question, draft: ViewsDraft | null): string {
  return draft?.[question.name] ?? "";
}

/** Whether any question has an answer: the API sends nothing that has none. */
export function hasAnswers(draft: ViewsDraft | null): boolean {
  return QUESTION_IDS.some((id) => (draft?.[QUESTIONS[id].name] ?? null) !== null);
}
