import { t } from "~/messages/messages";
import { WithPhoneLinks } from "./phone-links";

/** The ids a control's aria-describedby names: its hint's and its error's, each only when there is one. */
export function describedBy(id: string, hint: string | undefined, error: string | undefined): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

/** A question's hint and its error message, as GOV.UK places them between the label and the control. */
export function HintAndError({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  return (
    <>
      {hint ? (
        <span className="hint" id={`${id}-hint`}>
          <WithPhoneLinks text={hint} />
        </span>
      ) : null}
      {error ? (
        <p className="error-message" id={`${id}-error`}>
          <span className="visually-hidden">{t("page.errorPrefix")} </span>
          {error}
        </p>
      ) : null}
    </>
  );
}
