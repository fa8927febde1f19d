import type { MyReviewQuery, SaveReviewChoicesInput } from "~/graphql/generated/graphql";
import { formText } from "~/session/form-text";
import type { Control, Question } from "./questions";

export type Draft = NonNullable<NonNullable<NonNullable<NonNullable<MyReviewQuery["me"]>["youngPerson"]>["nextReview"]>["choices"]["draft"]>;
export type Answers = Omit<SaveReviewChoicesInput, "reviewId">;
/** What the form fields hold: one value, or the values ticked. */
export type FieldValues = Record<string, string | string[]>;

function answerFrom(control: Control, form: FormData): { answer: unknown; value: string | string[] } {
  if (control.kind === "text") {
    const text = formText(form.get(control.name));
    return { answer: text.trim() === "" ? null : text, value: text };
  }
  if (control.kind === "radios") {
    const value = formText(form.get(control.name));
    // Nothing chosen leaves the saved answer as it was: every question can be skipped.
    if (!control.options.includes(value)) return { answer: undefined, value: "" };
    return { answer: control.name === "meetIroFirst" ? value === "yes" : value, value };
  }
  const ticked = form.getAll(control.name).map(formText);
  const values = control.kind === "checkboxes" ? ticked.filter((value) => (control.options as readonly string[]).includes(value)) : ticked;
  // Nothing ticked is no answer, not "nobody": the young person may have skipped the question.
  return { answer: values.length > 0 ? values : null, value: values };
}

/** The answers one question page posted, for the API, and as typed, to show again if something is wrong. */
export function answersFromForm(question: Question, form: FormData): { answers: Answers; values: FieldValues } {
  const answers: Record<string, unknown> = {};
  const values: FieldValues = {};
  for (const control of question.controls) {
    const { answer, value } = answerFrom(control, form);
    if (answer !== undefined) answers[control.name] = answer;
    values[control.name] = value;
  }
  return { answers: answers as Answers, values };
}

/** The saved draft as a page's field values. */
export function valuesFromDraft(question: Question, draft: Draft | null): FieldValues {
  const values: FieldValues = {};
  for (const control of question.controls) {
    if (control.kind === "people") {
      const people = control.name === "invitedPersonIds" ? draft?.invitedPeople : draft?.notWantedPeople;
      values[control.name] = (people ?? []).map((person) => person.id);
    } else if (control.kind === "checkboxes") {
      values[control.name] = draft?.preferredTimes ?? [];
    } else if (control.name === "meetIroFirst") {
      values[control.name] = draft?.meetIroFirst === true ? "yes" : draft?.meetIroFirst === false ? "no" : "";
    } else {
      values[control.name] = draft?.[control.name] ?? "";
    }
  }
  return values;
}
