import type { FormError } from "~/components/error-summary";
import { refusedInput } from "~/errors/refused-input.server";
import type { ApiClient, CallOptions } from "~/graphql/api.server";
import { callApi } from "~/graphql/client.server";
import { CreateContributionLinkMutation } from "./contributions.operations.server";
import { formText } from "~/session/form-text";
import { makeLinkButtonId, type MadeLink } from "./contribution-links";

export type MakeLinkOutcome = { made: MadeLink } | { errors: FormError[] };

/**
 * Makes a single-use link for one person and gives back its address, on the portal's own origin. The token goes
 * from the API to the IRO's screen and nowhere else: the portal keeps no copy.
 */
export async function makeLink(form: FormData, portalOrigin: string, options: CallOptions, api: ApiClient = callApi): Promise<MakeLinkOutcome> {
  const reviewId = formText(form.get("reviewId"));
  const personId = formText(form.get("personId"));
  try {
    const { createContributionLink: made } = await api(CreateContributionLinkMutation, { input: { reviewId, personId } }, options);
    const url = new URL(`/contribute/${encodeURIComponent(made.token)}`, portalOrigin).toString();
    return { made: { firstName: made.link.person.firstName, url, expiresAt: made.link.expiresAt } };
  } catch (error) {
    // Each person has one button, so whatever the API points at is put right there.
    return { errors: refusedInput(error, "contributionLinks", () => makeLinkButtonId(personId)) };
  }
}
