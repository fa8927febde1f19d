import type { FormError } from "~/components/error-summary";
import { refusedInput } from "~/errors/refused-input.server";
import type { ApiClient, CallOptions } from "~/graphql/api.server";
import { callApi } from "~/graphql/client.server";
import { ContributionLinkToSendQuery, CreateContributionLinkMutation } from "./contributions.operations.server";
import { formText } from "~/session/form-text";
import { makeLinkButtonId, type MadeLink } from "./contribution-links";

export type MakeLinkOutcome = { made: MadeLink } | { errors: FormError[] };
/** The link to send again, or whose link (by their id) cannot be shown. */
export type ShowLinkOutcome = { made: MadeLink } | { notShown: string };

type LinkToSend = { token: string; link: { expiresAt: string; person: { firstName: string } } };

/** The link's address on the portal's own origin: the portal keeps no copy. */
function addressOf({ token, link }: LinkToSend, portalOrigin: string): MadeLink {
  const url = new URL(`/contribute/${encodeURIComponent(token)}`, portalOrigin).toString();
  return { firstName: link.person.firstName, url, expiresAt: link.expiresAt };
}

/**
 * Makes a single-use link for one person and gives back its address, on the portal's own origin. The token goes
 * from the API to the IRO's screen and nowhere else: the portal keeps no copy.
 */
export async function makeLink(form: FormData, portalOrigin: string, options: CallOptions, api: ApiClient = callApi): Promise<MakeLinkOutcome> {
  const reviewId = formText(form.get("reviewId"));
  const personId = formText(form.get("personId"));
  try {
    const { createContributionLink: made } = await api(CreateContributionLinkMutation, { input: { reviewId, personId } }, options);
    return { made: addressOf(made, portalOrigin) };
  } catch (error) {
    // Each person has one button, so whatever the API points at is put right there.
    return { errors: refusedInput(error, "contributionLinks", () => makeLinkButtonId(personId)) };
  }
}

/**
 * Someone's unused link, shown again to send again (ADR 014). The API shows it only while it can be used, and only
 * to those who may make it; anything it will not show is said plainly, with making a new one as the way on.
 */
export async function showLink(form: FormData, portalOrigin: string, options: CallOptions, api: ApiClient = callApi): Promise<ShowLinkOutcome> {
  const reviewId = formText(form.get("reviewId"));
  const personId = formText(form.get("personId"));
  const { contributionLinkToSend: shown } = await api(ContributionLinkToSendQuery, { reviewId, personId }, options);
  return shown ? { made: addressOf(shown, portalOrigin) } : { notShown: personId };
}
