import { notFoundIfRefused } from "~/graphql/not-found.server";
import { callApi } from "~/graphql/client.server";
import { NextReviewIdQuery, PreReviewPackQuery, RecordPackOpenedMutation } from "./pack.operations.server";
import { asSignedIn } from "~/session/signed-in.server";

/**
 * The pack for a young person's next review, or null when none is planned. Reading it first and recording the opening
 * after keeps "new since you last looked" about the opening before this one.
 */
export function loadPack(request: Request, youngPersonId: string) {
  return asSignedIn(request, async (options) => {
    const { youngPerson } = await callApi(NextReviewIdQuery, { id: youngPersonId }, options);
    if (!youngPerson.nextReview) return { firstName: youngPerson.firstName, pack: null };
    const reviewId = youngPerson.nextReview.id;
    const { preReviewPack } = await callApi(PreReviewPackQuery, { reviewId }, options);
    await callApi(RecordPackOpenedMutation, { reviewId }, options);
    return { firstName: youngPerson.firstName, pack: preReviewPack };
  }).catch(notFoundIfRefused);
}
