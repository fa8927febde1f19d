import { randomUUID } from "node:crypto";
import { redirect, type AppLoadContext } from "@remix-run/node";
import type { FormError } from "~/components/error-summary";
import { env } from "~/env.server";
import { refusedInput } from "~/errors/refused-input.server";
import type { ApiClient, CallOptions } from "~/graphql/api.server";
import { callApi } from "~/graphql/client.server";
import type { ContributionFormQuery, ContributionQuestionId } from "~/graphql/generated/graphql";
import { ContributionFormQuery as FormQuery, SaveContributionDraftMutation, SentContributionQuery, SubmitContributionMutation } from "./contributions.operations.server";
import { keepPostedForm, keptPathFor } from "~/kept/kept.server";
import { MAIN_BUTTON_ID } from "~/question-page/question-page";
import { singleUseLinkHeaders } from "~/security/headers.server";
import { ANSWER_FIELD, answersToSend, askedQuestion, SEND_FIELD, SENT_PATH, START_PATH, type ClosedReason } from "./contribution-pages";
import { createHeldLinkCookie, heldAsSent, heldNoLongerThan, heldToken, LONGEST_TOKEN } from "./held-link-cookie.server";

export const heldLinkCookie = createHeldLinkCookie({ secret: env.sessionSecret, secure: env.isProduction });

export type OpenForm = Extract<ContributionFormQuery["contributionForm"], { __typename: "ContributionForm" }>;

/** The form this browser's link opens, with any header the page must send; or why it cannot be used. */
export type HeldForm = { open: true; token: string; form: OpenForm; headers: Record<string, string> } | { open: false; reason: ClosedReason };

/** Link holders have no session: each call says only which request it is and where it came from. */
const holderOptions = (context: AppLoadContext): CallOptions => ({ requestId: randomUUID(), clientAddress: context.clientAddress });

/**
 * Opening a link: its token moves from the address into a cookie and the browser goes on to /contribute, so the token
 * stays in no address bar or history, and no Referer carries it anywhere (this response's policy is no-referrer).
 * Someone whose browser lost the link while they were typing goes back to that page instead, where it is restored.
 */
export async function takeLinkToken(request: Request, token: string): Promise<never> {
  // Something far longer than a token cannot be one: nothing is held, and the page asks for the link again.
  if (token.length > LONGEST_TOKEN) throw redirect(START_PATH, { status: 303, headers: { ...singleUseLinkHeaders(), "Set-Cookie": await heldLinkCookie.clear() } });
  const kept = keptPathFor(request, `link:${token}`);
  const headers = new Headers({ ...singleUseLinkHeaders(), "Set-Cookie": await heldLinkCookie.commit(heldToken(token)) });
  for (const cookie of kept.setCookies) headers.append("Set-Cookie", cookie);
  throw redirect(kept.path ?? START_PATH, { status: 303, headers });
}

export async function openHeldForm(request: Request, context: AppLoadContext, api: ApiClient = callApi): Promise<HeldForm> {
  const held = await heldLinkCookie.read(request);
  if (!held) return { open: false, reason: "NO_LINK" };
  if (held.kind === "sent") return { open: false, reason: "USED" };
  const { contributionForm: form } = await api(FormQuery, { token: held.token }, holderOptions(context));
  if (form.__typename === "ContributionFormClosed") return { open: false, reason: form.reason };
  // The browser keeps the token no longer than the link works.
  const shorter = heldNoLongerThan(held, form.expiresAt);
  return { open: true, token: held.token, form, headers: shorter ? { "Set-Cookie": await heldLinkCookie.commit(shorter) } : {} };
}

/**
 * For the question and check pages: a link that cannot be used now sends its holder to the start page, which says
 * why. When this browser has lost the link (its cookie gone) as an answer was sent, the answer is kept until the link
 * is opened again (kept/).
 */
export async function requireOpenForm(request: Request, context: AppLoadContext, api: ApiClient = callApi): Promise<Extract<HeldForm, { open: true }>> {
  const held = await openHeldForm(request, context, api);
  if (held.open) return held;
  const headers = new Headers();
  if (held.reason === "NO_LINK") for (const cookie of await keepPostedForm(request, "link", null)) headers.append("Set-Cookie", cookie);
  throw redirect(START_PATH, { headers });
}

/** One question page of an open form; a question this link does not ask is a page that is not there. */
export type OpenQuestion = Extract<HeldForm, { open: true }> & { id: ContributionQuestionId };

export async function openQuestion(request: Request, context: AppLoadContext, question: string | undefined, api: ApiClient = callApi): Promise<OpenQuestion> {
  const held = await requireOpenForm(request, context, api);
  const id = askedQuestion(held.form.questions, question);
  if (!id) throw new Response(null, { status: 404 });
  return { ...held, id };
}

/** Why an answer was not kept, with it as typed. */
export type AnswerRefused = { errors: FormError[]; text: string };

/** Keeps one question's answer, as typed, in the draft with the others. */
export async function saveAnswer(
  context: AppLoadContext,
  { token, form, id }: OpenQuestion,
  text: string,
  api: ApiClient = callApi,
): Promise<AnswerRefused | null> {
  const answers = answersToSend(form.questions, form.draft, { id, text });
  try {
    const { saveContributionDraft: result } = await api(SaveContributionDraftMutation, { input: { token, answers } }, holderOptions(context));
    if (result.__typename === "ContributionFormClosed") throw redirect(START_PATH);
    return null;
  } catch (error) {
    // An answer's problem is put right in the page's one box; anything else leads to Continue.
    return { errors: refusedInput(error, "contribute", (field) => (field.startsWith("answers.") ? ANSWER_FIELD : MAIN_BUTTON_ID)), text };
  }
}

/**
 * Sends the saved draft under the submission key the check page was rendered with, then goes to the thank-you page.
 * The token has then done its work, and the browser keeps only that the views were sent. A second press, or a retry,
 * carries the same key and is answered as the first, even once the link is spent.
 */
export async function sendViews(request: Request, context: AppLoadContext, submissionKey: string, api: ApiClient = callApi): Promise<FormError[]> {
  const held = await heldLinkCookie.read(request);
  if (held?.kind === "sent") throw redirect(SENT_PATH);
  if (!held) throw redirect(START_PATH);
  const { contributionForm: form } = await api(FormQuery, { token: held.token }, holderOptions(context));
  const answers = form.__typename === "ContributionForm" ? answersToSend(form.questions, form.draft) : {};
  try {
    const { submitContribution: result } = await api(SubmitContributionMutation, { input: { token: held.token, answers, submissionKey } }, holderOptions(context));
    if (result.__typename === "ContributionFormClosed") throw redirect(START_PATH);
  } catch (error) {
    return refusedInput(error, "contribute", () => SEND_FIELD);
  }
  throw redirect(SENT_PATH, { headers: { "Set-Cookie": await heldLinkCookie.commit(heldAsSent(held.token)) } });
}

/** What was sent, question by question in the order asked, for the holder to keep. */
export type SentCopy = { firstName: string; submittedAt: string; answers: { id: ContributionQuestionId; text: string }[] };

/**
 * For the thank-you page: "not sent" unless this browser has sent its views, else a copy of what it sent, from the
 * API, which gives a link's holder their own contribution only; null once the link would have expired.
 */
export async function whatWasSent(request: Request, context: AppLoadContext, api: ApiClient = callApi): Promise<SentCopy | null | "not sent"> {
  const held = await heldLinkCookie.read(request);
  if (held?.kind !== "sent") return "not sent";
  const { sentContribution: sent } = await api(SentContributionQuery, { token: held.token }, holderOptions(context));
  if (!sent) return null;
  return {
    firstName: sent.youngPersonFirstName,
    submittedAt: sent.submittedAt,
    answers: sent.questions.map((id) => ({ id, text: sent.answers[id] ?? "" })),
  };
}
