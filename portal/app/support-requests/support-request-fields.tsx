import type { FormError } from "~/components/error-summary";
import { OptionGroup } from "~/components/option-group";
import { TextArea } from "~/components/text-area";
import { t } from "~/messages/messages";
import { TEXT_LIMITS } from "~/question-page/text-limits";
import { CONTACT_PREFERENCES, HOW_SOON, type SupportFormValues } from "./support-request-form";

/** The questions of a request, the same for the young person and for their IRO asking on their behalf. */
export function SupportRequestFields({ errors, values }: { errors: readonly FormError[]; values?: SupportFormValues }) {
  const errorFor = (field: string) => errors.find((error) => error.field === field)?.message;
  return (
    <>
      <TextArea id="why" name="why" label={t("support.why.label")} hint={t("support.why.hint")} defaultValue={values?.why} error={errorFor("why")} limit={TEXT_LIMITS.support.why} />
      <OptionGroup
        type="radio"
        name="howSoon"
        legend={t("support.howSoon.legend")}
        error={errorFor("howSoon")}
        options={HOW_SOON.map((value) => ({ value, label: t(`support.howSoon.${value}`) }))}
        checked={values?.howSoon ? [values.howSoon] : []}
      />
      <OptionGroup
        type="radio"
        name="contactPreference"
        legend={t("support.contact.legend")}
        error={errorFor("contactPreference")}
        options={CONTACT_PREFERENCES.map((value) => ({ value, label: t(`support.contact.${value}`) }))}
        checked={values?.contactPreference ? [values.contactPreference] : []}
      />
    </>
  );
}
