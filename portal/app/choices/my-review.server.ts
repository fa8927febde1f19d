import { redirect } from "@remix-run/node";
import type { FormError } from "~/components/error-summary";
import { refusedInput } from "~/errors/refused-input.server";
import { ApiError, type CallOptions } from "~/graphql/api.server";
import { callApi } from "~/graphql/client.server";
import { MyNetworkQuery, MyReviewQuery, SaveReviewChoicesMutation, SendReviewChoicesMutation } from "./choices.operations.server";
import { asSignedIn } from "~/session/signed-in.server";
import { answersFromForm, type FieldValues } from "./choice-form";
import type { Question } from "./questions";

/**
 * The answers could not be taken: the IRO locked the choices in the meantime (the review page says why), or some
 * answer does not fit (the page shows what and keeps what was typed).
 */
function refusal(error: unknown): FormError[] {
  if (error instanceof ApiError && error.code === "CHOICES_LOCKED") throw redirect("/my-review");
  return refusedInput(error, "choices");
}

async function myReview(options: CallOptions) {
  const { me } = await callApi(MyReviewQuery, {}, options);
  // Only young people have a review of their own; anyone else goes to their home page.
  if (!me?.youngPerson) throw redirect("/");
  const { nextReview, currentIro } = me.youngPerson;
  return { review: nextReview ?? null, iroName: currentIro?.firstName ?? null };
}

export function loadMyReview(request: Request) {
  return asSignedIn(request, myReview);
}

/** A question page's data: the draft and the people to choose from. Choices that cannot change send the person back. */
export function loadQuestion(request: Request) {
  return asSignedIn(request, async (options) => {
    const { review } = await myReview(options);
    if (!review || review.choices.lockedAt) throw redirect("/my-review");
    const { me } = await callApi(MyNetworkQuery, {}, options);
    return { draft: review.choices.draft ?? null, network: me?.youngPerson?.network ?? [] };
  });
}

export type SaveResult = { saved: true } | { saved: false; errors: FormError[]; values: FieldValues };

export function saveQuestion(request: Request, question: Question, form: FormData): Promise<SaveResult> {
  return asSignedIn(request, async (options) => {
    const { review } = await myReview(options);
    if (!review) throw redirect("/my-review");
    const { answers, values } = answersFromForm(question, form);
    try {
      await callApi(SaveReviewChoicesMutation, { input: { reviewId: review.id, ...answers } }, options);
      return { saved: true };
    } catch (error) {
      return { saved: false, errors: refusal(error), values };
    }
  });
}

export function sendChoices(request: Request): Promise<FormError[]> {
  return asSignedIn(request, async (options) => {
    const { review } = await myReview(options);
    if (!review) throw redirect("/my-review");
    try {
      await callApi(SendReviewChoicesMutation, { reviewId: review.id }, options);
      return [];
    } catch (error) {
      return refusal(error);
    }
  });
}
