import type { FormError } from "~/components/error-summary";
import type { WorryContact, WorryHowSoon } from "~/graphql/generated/schema-enums";
import { t } from "~/messages/messages";
import { formText, oneOf } from "~/session/form-text";

export const WORRY_CONTACTS: readonly WorryContact[] = ["IRO", "SOCIAL_WORKER", "EITHER"];
export const WORRY_HOW_SOON: readonly WorryHowSoon[] = ["AS_SOON_AS_POSSIBLE", "WITHIN_A_FEW_DAYS"];

export type WorryFormValues = { wants: string; howSoon: string; about: string; submissionKey: string };

export function worryFormValues(form: FormData): WorryFormValues {
  return { wants: formText(form.get("wants")), howSoon: formText(form.get("howSoon")), about: formText(form.get("about")), submissionKey: formText(form.get("submissionKey")) };
}

/** Who and how soon, or what to put right first. */
export function checkWorryForm(values: WorryFormValues): { errors: FormError[] } | { wants: WorryContact; howSoon: WorryHowSoon } {
  const wants = oneOf(WORRY_CONTACTS, values.wants);
  const howSoon = oneOf(WORRY_HOW_SOON, values.howSoon);
  if (wants && howSoon) return { wants, howSoon };
  const errors: FormError[] = [];
  if (!wants) errors.push({ field: "wants", message: t("worried.error.wants") });
  if (!howSoon) errors.push({ field: "howSoon", message: t("worried.error.howSoon") });
  return { errors };
}
