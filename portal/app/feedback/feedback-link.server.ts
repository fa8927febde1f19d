import { randomUUID } from "node:crypto";
import { redirect, type AppLoadContext } from "@remix-run/node";
import type { FormError } from "~/components/error-summary";
import { closedStatus, type ClosedReason } from "~/contributions/contribution-pages";
import { createHeldLinkCookie, heldAsSent, heldNoLongerThan, heldToken, LONGEST_TOKEN } from "~/contributions/held-link-cookie.server";
import { env } from "~/env.server";
import { refusedInput } from "~/errors/refused-input.server";
import type { CallOptions } from "~/graphql/api.server";
import { callApi } from "~/graphql/client.server";
import { singleUseLinkHeaders } from "~/security/headers.server";
import { formText } from "~/session/form-text";
import { answersFromForm, draftOf, INTENT, type FeedbackDraft } from "./feedback-form";
import { FeedbackFormQuery, SaveFeedbackDraftMutation, SubmitFeedbackMutation } from "./feedback.operations.server";

export const FEEDBACK_PATH = "/feedback/form";
export const FEEDBACK_SENT_PATH = "/feedback/sent";

/** The feedback link's token, held as a view link's is, in a cookie sent only to the /feedback pages. */
const feedbackLinkCookie = createHeldLinkCookie({
  secret: env.sessionSecret,
  secure: env.isProduction,
  name: "my_review_feedback_link",
  // The whole of /feedback, so that the form's own posts (/feedback/form.data with JavaScript) carry it.
  path: "/feedback",
  purpose: "my-review portal single-use feedback link cookie",
});

const holderOptions = (context: AppLoadContext): CallOptions => ({ requestId: randomUUID(), clientAddress: context.clientAddress });

/** Opening a feedback link: its token moves from the address into the cookie, and the browser goes on to /feedback. */
export async function takeFeedbackToken(token: string): Promise<never> {
  const cookie = token.length > LONGEST_TOKEN ? await feedbackLinkCookie.clear() : await feedbackLinkCookie.commit(heldToken(token));
  throw redirect(FEEDBACK_PATH, { status: 303, headers: { ...singleUseLinkHeaders(), "Set-Cookie": cookie } });
}

export type FeedbackPage =
  | { open: true; firstName: string; reviewHeldAt: string; closesAt: string; draftSavedAt: string | null; draft: FeedbackDraft; submissionKey: string }
  | { open: false; reason: ClosedReason };

type Held = { open: true; token: string; page: Extract<FeedbackPage, { open: true }>; headers: Record<string, string> } | { open: false; reason: ClosedReason };

async function openHeld(request: Request, context: AppLoadContext): Promise<Held> {
  const held = await feedbackLinkCookie.read(request);
  if (!held) return { open: false, reason: "NO_LINK" };
  if (held.kind === "sent") return { open: false, reason: "USED" };
  const { feedbackForm: form } = await callApi(FeedbackFormQuery, { token: held.token }, holderOptions(context));
  if (form.__typename === "ContributionFormClosed") return { open: false, reason: form.reason };
  const shorter = heldNoLongerThan(held, form.closesAt);
  return {
    open: true,
    token: held.token,
    page: {
      open: true,
      firstName: form.youngPersonFirstName,
      reviewHeldAt: form.reviewHeldAt,
      closesAt: form.closesAt,
      draftSavedAt: form.draftSavedAt ?? null,
      draft: draftOf(form.draft),
      submissionKey: randomUUID(),
    },
    headers: shorter ? { "Set-Cookie": await feedbackLinkCookie.commit(shorter) } : {},
  };
}

/** The page a feedback link opens, with its status: 410 for a link that has run out, as for views. */
export async function loadFeedbackPage(request: Request, context: AppLoadContext): Promise<{ page: FeedbackPage; status: number; headers: Record<string, string> }> {
  const held = await openHeld(request, context);
  if (!held.open) return { page: held, status: closedStatus(held.reason), headers: {} };
  return { page: held.page, status: 200, headers: held.headers };
}

export type FeedbackPosted = { done: "saved" | "sent" | "closed"; headers?: Record<string, string> } | { errors: FormError[]; draft: FeedbackDraft };

/** Saves the draft or sends it, through the held link. */
export async function postFeedback(request: Request, context: AppLoadContext, form: FormData): Promise<FeedbackPosted> {
  const held = await openHeld(request, context);
  if (!held.open) return { done: "closed" };
  const answers = answersFromForm(form);
  try {
    if (formText(form.get("intent")) === INTENT.save) {
      const { saveFeedbackDraft: saved } = await callApi(SaveFeedbackDraftMutation, { input: { token: held.token, answers } }, holderOptions(context));
      return { done: saved.__typename === "FeedbackDraftSaved" ? "saved" : "closed" };
    }
    const submissionKey = formText(form.get("submissionKey")) || randomUUID();
    const { submitFeedback: sent } = await callApi(SubmitFeedbackMutation, { input: { token: held.token, answers, submissionKey } }, holderOptions(context));
    if (sent.__typename !== "FeedbackSubmitted") return { done: "closed" };
    return { done: "sent", headers: { "Set-Cookie": await feedbackLinkCookie.commit(heldAsSent(held.token)) } };
  } catch (error) {
    return { errors: feedbackErrors(error), draft: draftOf(answers) };
  }
}

/** The API's refusal in the form's words, each leading to its question: "answer something" to the first one. */
export function feedbackErrors(error: unknown): FormError[] {
  return refusedInput(error, "feedback", (field) => (field === "answers" ? "listenedTo" : field.replace(/^answers\./, "")));
}
