import { notFoundIfRefused } from "~/graphql/not-found.server";
import { callApi } from "~/graphql/client.server";
import { MarkPackReadMutation, NextReviewIdQuery, PreReviewPackQuery } from "./pack.operations.server";
import { formText } from "~/session/form-text";
import { MARK_READ_FIELDS } from "./mark-read-form";
import { asSignedIn } from "~/session/signed-in.server";

/** The pack for a young person's next review, or null when none is planned. Reading it marks nothing read. */
export function loadPack(request: Request, youngPersonId: string) {
  return asSignedIn(request, async (options) => {
    const { youngPerson } = await callApi(NextReviewIdQuery, { id: youngPersonId }, options);
    if (!youngPerson.nextReview) return { firstName: youngPerson.firstName, pack: null, printedOn: new Date().toISOString() };
    const { preReviewPack } = await callApi(PreReviewPackQuery, { reviewId: youngPerson.nextReview.id }, options);
    return { firstName: youngPerson.firstName, pack: preReviewPack, printedOn: new Date().toISOString() };
  }).catch(notFoundIfRefused);
}

/**
 * Marks the pack read as far as the IRO saw it. A form that names no review or no moment was not sent by the pack
 * page, so it is refused as a bad request rather than shown as a mistake the IRO could put right.
 */
export function markPackRead(request: Request, form: FormData): Promise<void> {
  const reviewId = formText(form.get(MARK_READ_FIELDS.reviewId));
  const upTo = formText(form.get(MARK_READ_FIELDS.upTo));
  if (!reviewId || Number.isNaN(Date.parse(upTo))) throw new Response(null, { status: 400 });
  return asSignedIn(request, async (options) => {
    await callApi(MarkPackReadMutation, { reviewId, upTo }, options);
  }).catch(notFoundIfRefused);
}
