import type { ReactNode } from "react";
import { t } from "~/messages/messages";

/** What a form control needs to be tied to its hint and error for screen readers. */
export type ControlProps = { id: string; "aria-describedby"?: string; "aria-invalid"?: true };

type FormGroupProps = {
  id: string;
  label: string;
  /** A page with one question makes its label the page's heading, as GOV.UK question pages do. */
  labelIsHeading?: boolean;
  hint?: string;
  error?: string;
  children: (control: ControlProps) => ReactNode;
};

/** GOV.UK's form group: a label, its hint and error, and the control they describe. */
export function FormGroup({ id, label, labelIsHeading = false, hint, error, children }: FormGroupProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={error ? "form-group form-group--error" : "form-group"}>
      {labelIsHeading ? (
        <h1 className="label-heading">
          <label className="label" htmlFor={id}>
            {label}
          </label>
        </h1>
      ) : (
        <label className="label" htmlFor={id}>
          {label}
        </label>
      )}
      {hint ? (
        <span className="hint" id={hintId}>
          {hint}
        </span>
      ) : null}
      {error ? (
        <p className="error-message" id={errorId}>
          <span className="visually-hidden">{t("page.errorPrefix")} </span>
          {error}
        </p>
      ) : null}
      {children({ id, "aria-describedby": describedBy, "aria-invalid": error ? true : undefined })}
    </div>
  );
}
