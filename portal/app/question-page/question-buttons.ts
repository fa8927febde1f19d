import { formText } from "~/session/form-text";

/**
 * The buttons of every question page, by their `intent`: Back and the header's Sign out submit the page's form too,
 * so what was typed is saved before the person leaves; so does the timeout warning when its time runs out.
 */
const QUESTION_BUTTONS = ["continue", "later", "back", "sign-out", "timed-out"] as const;
export type QuestionButton = (typeof QUESTION_BUTTONS)[number];

/**
 * The button pressed: one of every question page's, or one of the page's own. Anything else is Continue, which has
 * no intent, as it is the button a browser presses when Enter submits the form.
 */
export function pressedButton<Own extends string = never>(form: FormData, own: readonly Own[] = []): QuestionButton | Own {
  const intent = formText(form.get("intent"));
  return [...QUESTION_BUTTONS, ...own].find((button) => button === intent) ?? "continue";
}
