import type { ReactNode } from "react";
import { describedBy, HintAndError } from "./hint-and-error";

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
      <HintAndError id={id} hint={hint} error={error} />
      {children({ id, "aria-describedby": describedBy(id, hint, error), "aria-invalid": error ? true : undefined })}
    </div>
  );
}
