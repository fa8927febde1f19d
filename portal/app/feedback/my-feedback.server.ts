import { randomUUID } from "node:crypto";
import type { FormError } from "~/components/error-summary";
import type { CallOptions } from "~/graphql/api.server";
import { callApi } from "~/graphql/client.server";
import { formText } from "~/session/form-text";
import { answersFromForm, draftOf, INTENT, type FeedbackDraft } from "./feedback-form";
import { feedbackErrors } from "./feedback-link.server";
import { MyFeedbackQuery, NotNowToFeedbackMutation, SaveMyFeedbackDraftMutation, SubmitMyFeedbackMutation } from "./feedback.operations.server";

/** Said "not now" this often, the young person is not asked on their home page again. */
const NOT_NOW_LIMIT = 2;

/** Whether the young person's home page asks for their feedback: open, not sent, and not put off twice. */
export function isInvitedToFeedback(form: { submittedAt?: string | null; notNowCount: number } | null): boolean {
  return Boolean(form && !form.submittedAt && form.notNowCount < NOT_NOW_LIMIT);
}

export type MyFeedbackPage =
  | { open: false }
  | { open: true; sent: boolean; reviewHeldAt: string; closesAt: string; draftSavedAt: string | null; draft: FeedbackDraft; submissionKey: string };

export async function loadMyFeedback(options: CallOptions): Promise<MyFeedbackPage> {
  const { myFeedback: form } = await callApi(MyFeedbackQuery, {}, options);
  if (!form) return { open: false };
  return {
    open: true,
    sent: Boolean(form.submittedAt),
    reviewHeldAt: form.reviewHeldAt,
    closesAt: form.closesAt,
    draftSavedAt: form.draftSavedAt ?? null,
    draft: draftOf(form.draft),
    submissionKey: randomUUID(),
  };
}

export type MyFeedbackPosted = { done: "saved" | "sent" | "notNow" } | { errors: FormError[]; draft: FeedbackDraft };

/** "Not now", "save" or "send", as the young person pressed. */
export async function postMyFeedback(form: FormData, options: CallOptions): Promise<MyFeedbackPosted> {
  const intent = formText(form.get("intent"));
  if (intent === INTENT.notNow) {
    await callApi(NotNowToFeedbackMutation, {}, options);
    return { done: "notNow" };
  }
  const answers = answersFromForm(form);
  try {
    if (intent === INTENT.save) {
      await callApi(SaveMyFeedbackDraftMutation, { input: { answers } }, options);
      return { done: "saved" };
    }
    const submissionKey = formText(form.get("submissionKey")) || randomUUID();
    await callApi(SubmitMyFeedbackMutation, { input: { answers, submissionKey } }, options);
    return { done: "sent" };
  } catch (error) {
    return { errors: feedbackErrors(error), draft: draftOf(answers) };
  }
}
