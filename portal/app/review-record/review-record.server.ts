import { randomUUID } from "node:crypto";
import type { FormError } from "~/components/error-summary";
import { refusedInput } from "~/errors/refused-input.server";
import type { CallOptions } from "~/graphql/api.server";
import { callApi } from "~/graphql/client.server";
import { notFoundIfRefused } from "~/graphql/not-found.server";
import { formText } from "~/session/form-text";
import { t } from "~/messages/messages";
import { asSignedIn } from "~/session/signed-in.server";
import { heldReviewPath } from "./paths";
import { readConduct, readMidway, readRecommendation, readStatus, RECORD_SECTIONS, sectionsFrom } from "./review-record-forms";
import {
  AddRecommendationMutation,
  AnswerRecordQuestionMutation,
  AskAboutReviewRecordMutation,
  CompleteReviewRecordMutation,
  HeldReviewQuery,
  IssueRecommendationsMutation,
  MarkReviewRecordOpenedMutation,
  MyReviewRecordQuery,
  MyReviewRecordsQuery,
  RecordMidwayReviewMutation,
  RecordReviewConductMutation,
  ReviewRecordsQuery,
  SaveReviewRecordDraftMutation,
  UpdateRecommendationStatusMutation,
} from "./review-record.operations.server";


/** A held review as its IRO, or their manager, records it; for anyone else the pages are not there. */
export async function loadHeldReview(request: Request, youngPersonId: string, reviewId: string) {
  const { me, youngPerson, heldReview } = await asSignedIn(request, (options) => callApi(HeldReviewQuery, { youngPersonId, reviewId }, options)).catch(
    notFoundIfRefused,
  );
  // Another young person's review under this young person's address is a page that is not there.
  if ((me?.role !== "IRO" && me?.role !== "IRO_MANAGER") || heldReview.youngPersonId !== youngPersonId) throw new Response(null, { status: 404 });
  // A key for this showing of a form: pressing "complete" twice, or again after a lost answer, shares one version.
  return { path: heldReviewPath(youngPersonId, reviewId), youngPerson, review: heldReview, submissionKey: randomUUID() };
}

/** What an action did: a notice to redirect with, or what to put right, with what was typed. */
export type Outcome = { done: string } | { errors: FormError[]; values: Record<string, string>; scope?: string };

const valuesOf = (form: FormData): Record<string, string> =>
  Object.fromEntries([...form.keys()].map((key) => [key, formText(form.get(key))]));

/** Calls the API for a form, its bad input put in the page's words; anything else is thrown on. */
async function attempt(
  request: Request,
  form: FormData,
  done: string,
  work: (options: CallOptions) => Promise<unknown>,
  scope?: string,
  anchor?: (field: string) => string,
): Promise<Outcome> {
  return asSignedIn(request, async (options): Promise<Outcome> => {
    try {
      await work(options);
      return { done };
    } catch (error) {
      return { errors: refusedInput(error, "heldReview", anchor), values: valuesOf(form), scope };
    }
  }).catch(notFoundIfRefused);
}

const refused = (form: FormData, errors: FormError[], scope?: string): Outcome => ({ errors, values: valuesOf(form), scope });

export async function saveConduct(request: Request, reviewId: string, form: FormData): Promise<Outcome> {
  const read = readConduct(form);
  if ("errors" in read) return refused(form, read.errors);
  return attempt(request, form, "conduct", (options) => callApi(RecordReviewConductMutation, { input: { reviewId, ...read.input } }, options));
}

/** The recommendations page's forms: add one, say how far one has got, or issue them all. */
export async function actOnRecommendations(request: Request, reviewId: string, form: FormData): Promise<Outcome> {
  const intent = form.get("intent");
  if (intent === "issue") return attempt(request, form, "issued", (options) => callApi(IssueRecommendationsMutation, { reviewId }, options));
  if (intent === "status") {
    const read = readStatus(form);
    const scope = formText(form.get("recommendationId"));
    if ("errors" in read) return refused(form, read.errors, scope);
    const work = (options: CallOptions) => callApi(UpdateRecommendationStatusMutation, { input: read.input }, options);
    return attempt(request, form, "status", work, scope, (field) => `${field}-${scope}`);
  }
  const read = readRecommendation(form);
  if ("errors" in read) return refused(form, read.errors);
  const work = (options: CallOptions) => callApi(AddRecommendationMutation, { input: { reviewId, ...read.input } }, options);
  return attempt(request, form, "added", work, undefined, (field) => (field === "dueOn" ? "dueOn-day" : field));
}

/** The record's form: save the draft as it is, or save it and share it as the next version. */
export async function actOnRecord(request: Request, reviewId: string, form: FormData): Promise<Outcome> {
  const sections = sectionsFrom(form);
  const draft = { reviewId, ...Object.fromEntries(RECORD_SECTIONS.map((section) => [section, sections[section]])) };
  const share = form.get("intent") === "complete";
  const anchor = (field: string) => (field === "reviewId" ? RECORD_SECTIONS[0] : field);
  return attempt(request, form, share ? "complete" : "draft", async (options) => {
    await callApi(SaveReviewRecordDraftMutation, { input: draft }, options);
    if (share) {
      const reason = formText(form.get("reason")).trim() || null;
      await callApi(CompleteReviewRecordMutation, { input: { reviewId, reason, submissionKey: formText(form.get("submissionKey")) || randomUUID() } }, options);
    }
  }, undefined, anchor);
}

export async function answerQuestion(request: Request, form: FormData): Promise<Outcome> {
  const questionId = formText(form.get("questionId"));
  const work = (options: CallOptions) => callApi(AnswerRecordQuestionMutation, { input: { questionId, answer: formText(form.get("answer")) } }, options);
  return attempt(request, form, "answer", work, questionId, (field) => `${field}-${questionId}`);
}

export async function saveMidway(request: Request, reviewId: string, recommendationIds: readonly string[], form: FormData): Promise<Outcome> {
  const read = readMidway(form, recommendationIds);
  if ("errors" in read) return refused(form, read.errors);
  const work = (options: CallOptions) => callApi(RecordMidwayReviewMutation, { input: { reviewId, ...read.input } }, options);
  return attempt(request, form, "midway", work, undefined, (field) => (field === "checkedOn" ? "checkedOn-day" : field));
}

/** The young person's reviews with a record, newest first. */
export async function loadMyReviews(request: Request, after: string | null) {
  return asSignedIn(request, async (options) => {
    const { me } = await callApi(MyReviewRecordsQuery, {}, options);
    const youngPersonId = me?.youngPerson?.id;
    if (!youngPerson(youngPersonId)) throw new Response(null, { status: 404 });
    const { reviewRecords } = await callApi(ReviewRecordsQuery, { youngPersonId, after }, options);
    return reviewRecords;
  }).catch(notFoundIfRefused);
}

const youngPerson = (id: string | undefined): id is string => Boolean(id);

/**
 * The young person's record, as they read it. Opening it is recorded first (their IRO sees whether and when they
 * first did), as the pack's reading is: a mutation the page asks for, so that reading alone changes nothing.
 */
export async function loadMyRecord(request: Request, reviewId: string) {
  return asSignedIn(request, async (options) => {
    const record = await callApi(MyReviewRecordQuery, { reviewId }, options);
    if (!record.heldReview.record.latest) throw new Response(null, { status: 404 });
    await callApi(MarkReviewRecordOpenedMutation, { reviewId }, options);
    return { firstName: record.me?.firstName ?? "", review: record.heldReview, submissionKey: randomUUID() };
  }).catch(notFoundIfRefused);
}

export async function askAboutRecord(request: Request, reviewId: string, form: FormData): Promise<Outcome> {
  const kind = form.get("kind") === "NOT_RIGHT" ? "NOT_RIGHT" : form.get("kind") === "QUESTION" ? "QUESTION" : null;
  if (!kind) return refused(form, [{ field: "kind", message: t("myRecord.error.kind") }]);
  return asSignedIn(request, async (options): Promise<Outcome> => {
    try {
      const input = { reviewId, kind, message: formText(form.get("message")), submissionKey: formText(form.get("submissionKey")) || randomUUID() } as const;
      await callApi(AskAboutReviewRecordMutation, { input }, options);
      return { done: "asked" };
    } catch (error) {
      return { errors: refusedInput(error, "myRecord"), values: valuesOf(form) };
    }
  }).catch(notFoundIfRefused);
}
