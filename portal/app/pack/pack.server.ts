import { notFoundIfRefused } from "~/graphql/not-found.server";
import { callApi } from "~/graphql/client.server";
import { NextReviewIdQuery, PreReviewPackQuery } from "./pack.operations.server";
import { asSignedIn } from "~/session/signed-in.server";

/** The pack for a young person's next review, or null when none is planned. Opening it is remembered by the API. */
export function loadPack(request: Request, youngPersonId: string) {
  return asSignedIn(request, async (options) => {
    const { youngPerson } = await callApi(NextReviewIdQuery, { id: youngPersonId }, options);
    if (!youngPerson.nextReview) return { firstName: youngPerson.firstName, pack: null };
    const { preReviewPack } = await callApi(PreReviewPackQuery, { reviewId: youngPerson.nextReview.id }, options);
    return { firstName: youngPerson.firstName, pack: preReviewPack };
  }).catch(notFoundIfRefused);
}
