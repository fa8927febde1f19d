import type { FormError } from "~/components/error-summary";
import type { ContactPreference, SupportClosedReason, SupportHowSoon, SupportKind } from "~/graphql/generated/schema-enums";
import { t } from "~/messages/messages";
import { formText, oneOf } from "~/session/form-text";

/** The kinds as the young person's addresses name them: /get-support/advocate, /get-support/independent-visitor. */
export const KIND_BY_SLUG: Readonly<Record<string, SupportKind>> = { advocate: "ADVOCATE", "independent-visitor": "INDEPENDENT_VISITOR" };
export const SLUG_BY_KIND: Readonly<Record<SupportKind, string>> = { ADVOCATE: "advocate", INDEPENDENT_VISITOR: "independent-visitor" };
export const SUPPORT_KINDS: readonly SupportKind[] = ["ADVOCATE", "INDEPENDENT_VISITOR"];
export const HOW_SOON: readonly SupportHowSoon[] = ["SOON", "WITHIN_A_MONTH", "NO_RUSH"];
/** The reasons the coordinator may close a request for: withdrawing is the young person's alone. */
export const COORDINATOR_CLOSED_REASONS: readonly SupportClosedReason[] = ["NO_LONGER_NEEDED", "SUPPORT_ENDED", "COULD_NOT_REACH", "NOT_AVAILABLE"];
export const CONTACT_PREFERENCES: readonly ContactPreference[] = ["PHONE_CALL", "TEXT_MESSAGE", "MEET_IN_PERSON", "THROUGH_MY_IRO"];

export type SupportFormValues = { why: string; howSoon: string; contactPreference: string };

export function supportFormValues(form: FormData): SupportFormValues {
  return { why: formText(form.get("why")), howSoon: formText(form.get("howSoon")), contactPreference: formText(form.get("contactPreference")) };
}

/** The request the form asks for, or what the person must put right first (in the order the page asks). */
export function checkSupportForm(values: SupportFormValues): { errors: FormError[] } | { howSoon: SupportHowSoon; contactPreference: ContactPreference } {
  const howSoon = oneOf(HOW_SOON, values.howSoon);
  const contactPreference = oneOf(CONTACT_PREFERENCES, values.contactPreference);
  if (howSoon && contactPreference) return { howSoon, contactPreference };
  const errors: FormError[] = [];
  if (!howSoon) errors.push({ field: "howSoon", message: t("support.error.howSoon") });
  if (!contactPreference) errors.push({ field: "contactPreference", message: t("support.error.contact") });
  return { errors };
}
