import { randomUUID } from "node:crypto";
import { redirect } from "@remix-run/node";
import type { FormError } from "~/components/error-summary";
import { refusedInput } from "~/errors/refused-input.server";
import type { CallOptions } from "~/graphql/api.server";
import { callApi } from "~/graphql/client.server";
import { MyViewsQuery, SaveViewsDraftMutation, SubmitViewsMutation } from "./views.operations.server";
import { MAIN_BUTTON_ID } from "~/question-page/question-page";
import { asSignedIn } from "~/session/signed-in.server";
import { QUESTIONS, START_PATH } from "./questions";
import type { DraftChanges, NextReview, ViewsDraft } from "./views-form";
import { usesShorterWords } from "./words";

/** The fields a views page asks for; a refusal about anything else (the review itself) leads to the page's main button. */
const PAGE_FIELDS: ReadonlySet<string> = new Set(["audience", ...Object.values(QUESTIONS).map((question) => question.name)]);

/** What the API refused about the views, in the page's words, each leading to where it is put right. */
export function viewsRefusal(error: unknown): FormError[] {
  return refusedInput(error, "views", (field) => (PAGE_FIELDS.has(field) ? field : MAIN_BUTTON_ID));
}

/** Everything the views pages show: the review they are for, the draft, the last version sent, and which words. */
export type MyViews = {
  reviewId: string;
  scheduledFor: string;
  iroName: string | null;
  draft: ViewsDraft | null;
  latest: NextReview["views"]["latest"];
  hasUnsubmittedChanges: boolean;
  shorter: boolean;
};

async function myViews(options: CallOptions): Promise<MyViews | null> {
  const { me } = await callApi(MyViewsQuery, {}, options);
  // Only young people have views of their own: for anyone else these pages are not there.
  if (!me?.youngPerson) throw new Response(null, { status: 404 });
  const { nextReview, currentIro, suggestsShorterViews } = me.youngPerson;
  if (!nextReview) return null;
  const { draft, latest, hasUnsubmittedChanges } = nextReview.views;
  return {
    reviewId: nextReview.id,
    scheduledFor: nextReview.scheduledFor,
    iroName: currentIro?.firstName ?? null,
    draft: draft ?? null,
    latest: latest ?? null,
    hasUnsubmittedChanges,
    shorter: usesShorterWords(suggestsShorterViews, draft ?? null),
  };
}

/** The views for the start page, or null when there is no review to give them for. */
export function loadMyViews(request: Request): Promise<MyViews | null> {
  return asSignedIn(request, myViews);
}

async function openViews(options: CallOptions): Promise<MyViews> {
  const views = await myViews(options);
  // With no review coming (or once it has started), the start page says why there is nothing to answer.
  if (!views) throw redirect(START_PATH);
  return views;
}

/** The views for a page that changes them: without a review to give them for, the young person goes to the start. */
export function loadOpenViews(request: Request): Promise<MyViews> {
  return asSignedIn(request, openViews);
}

/**
 * Saves one page's changes to the draft, in the words the young person is reading unless they asked to switch, so
 * their first save keeps the words they started with. Answers with what the API refused, if anything.
 */
export function saveMyViews(request: Request, changes: DraftChanges, shorterAskedFor?: boolean): Promise<FormError[]> {
  return asSignedIn(request, async (options) => {
    const views = await openViews(options);
    const input = { reviewId: views.reviewId, usedShorterVersion: shorterAskedFor ?? views.shorter, ...changes };
    try {
      await callApi(SaveViewsDraftMutation, { input }, options);
      return [];
    } catch (error) {
      return viewsRefusal(error);
    }
  });
}

/** Sends the draft. The same key again (a double click, a retry, a replay) is the same submission, stored once. */
export function submitMyViews(request: Request, submissionKey: string): Promise<FormError[]> {
  return asSignedIn(request, async (options) => {
    const views = await openViews(options);
    try {
      await callApi(SubmitViewsMutation, { input: { reviewId: views.reviewId, submissionKey } }, options);
      return [];
    } catch (error) {
      return viewsRefusal(error);
    }
  });
}

/** A new key for each time the check-answers page is shown: pressing Send twice on one page sends the views once. */
export const newSubmissionKey = () => randomUUID();
