import type { MyViewsQuery, SaveViewsDraftInput, ViewsAudience } from "~/graphql/generated/graphql";
import { formText } from "~/session/form-text";
import { AUDIENCES, FEELINGS, QUESTION_IDS, QUESTIONS, type Question } from "./questions";

type YoungPerson = NonNullable<NonNullable<MyViewsQuery["me"]>["youngPerson"]>;
export type NextReview = NonNullable<YoungPerson["nextReview"]>;
export type ViewsDraft = NonNullable<NextReview["views"]["draft"]>;
/** What one page saves: its answer, who can see the views, and which words the young person is reading. */
export type DraftChanges = Omit<SaveViewsDraftInput, "reviewId">;

/** The id of each page's main button (Continue, or Send), where an error about the whole page leads. */
export const MAIN_BUTTON_ID = "main-button";

/**
 * What a page's buttons ask for: go on, stop for now, a save in the background while typing, or the other words.
 * Anything else is Continue, the button a browser presses when Enter submits the form.
 */
export type Intent = "continue" | "later" | "autosave" | "fewer-words" | "more-words";
const INTENTS: readonly Intent[] = ["continue", "later", "autosave", "fewer-words", "more-words"];

export function intentFrom(form: FormData): Intent {
  const intent = formText(form.get("intent"));
  return INTENTS.find((each) => each === intent) ?? "continue";
}

/** The words a switch asks for, or undefined when it asks for none. */
export function shorterWordsAskedFor(intent: Intent): boolean | undefined {
  return intent === "fewer-words" ? true : intent === "more-words" ? false : undefined;
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
