import { redirect } from "@remix-run/node";
import type { FormError } from "~/components/error-summary";
import { refusedInput, type PageWords } from "~/errors/refused-input.server";
import { ApiError, type CallOptions } from "~/graphql/api.server";
import { callApi } from "~/graphql/client.server";
import { MyNetworkQuery, MyReviewQuery, SaveReviewChoicesMutation, SendReviewChoicesMutation } from "./choices.operations.server";
import { MAIN_BUTTON_ID } from "~/question-page/question-page";
import { asSignedIn } from "~/session/signed-in.server";
import { answersFromForm, type FieldValues } from "./choice-form";
import { bothListsInWords, whoIsOnBothLists } from "./both-lists";
import { SEND_BUTTON_ID, START_PATH, type Question } from "./questions";

/**
 * The answers could not be taken: the IRO locked the choices in the meantime (the review page says why), or some
 * answer does not fit (the page shows what and keeps what was typed).
 */
function refusal(error: unknown, anchor: (field: string) => string, pageWords?: PageWords): FormError[] {
  if (error instanceof ApiError && error.code === "CHOICES_LOCKED") throw redirect(START_PATH);
  return refusedInput(error, "choices", anchor, pageWords);
}

async function myReview(options: CallOptions) {
  const { me } = await callApi(MyReviewQuery, {}, options);
  // Only young people have a review of their own: for anyone else these pages are not there.
  if (!me?.youngPerson) throw new Response(null, { status: 404 });
  const { nextReview, currentIro, currentIroContact } = me.youngPerson;
  return { review: nextReview ?? null, iroName: currentIro?.firstName ?? null, iroContact: currentIroContact ?? null };
}

export function loadMyReview(request: Request) {
  return asSignedIn(request, myReview);
}

/** A question page's data: the draft and the people to choose from. Choices that cannot change send the person back. */
export function loadQuestion(request: Request) {
  return asSignedIn(request, async (options) => {
    const { review } = await myReview(options);
    if (!review || review.choices.lockedAt) throw redirect(START_PATH);
    const { me } = await callApi(MyNetworkQuery, {}, options);
    return { draft: review.choices.draft ?? null, network: me?.youngPerson?.network ?? [] };
  });
}

/** Why a question page's answers were not saved, with them as typed. */
export type Refused = { errors: FormError[]; values: FieldValues };

/** Saves one question page's answers to the draft; an error about anything but the page's own fields leads to Continue. */
export function saveQuestion(request: Request, question: Question, form: FormData): Promise<Refused | null> {
  const onThePage = (field: string) => question.controls.some((control) => control.name === field);
  return asSignedIn(request, async (options) => {
    const { review } = await myReview(options);
    if (!review) throw redirect(START_PATH);
    const { answers, values } = answersFromForm(question, form);
    try {
      await callApi(SaveReviewChoicesMutation, { input: { reviewId: review.id, ...answers } }, options);
      return null;
    } catch (error) {
      // The API says someone is on both lists; the page knows who, and names them.
      const bothLists: PageWords = ({ code }) => (code === "CONFLICTING" ? bothListsInWords(whoIsOnBothLists(answers, review.choices.draft ?? null)) : undefined);
      return { errors: refusal(error, (field) => (onThePage(field) ? field : MAIN_BUTTON_ID), bothLists), values };
    }
  });
}

export function sendChoices(request: Request): Promise<FormError[]> {
  return asSignedIn(request, async (options) => {
    const { review } = await myReview(options);
    if (!review) throw redirect(START_PATH);
    try {
      await callApi(SendReviewChoicesMutation, { reviewId: review.id }, options);
      return [];
    } catch (error) {
      return refusal(error, () => SEND_BUTTON_ID);
    }
  });
}
