import type { InputHTMLAttributes } from "react";
import { t } from "~/messages/messages";

type TextFieldProps = {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  /** A box for a few lines of text instead of one line. */
  multiline?: boolean;
} & Pick<InputHTMLAttributes<HTMLInputElement>, "type" | "autoComplete" | "defaultValue" | "spellCheck" | "autoCapitalize">;

/** A labelled input with its hint and error tied to it for screen readers. */
export function TextField({ name, label, hint, error, multiline = false, type = "text", ...input }: TextFieldProps) {
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = error ? `${name}-error` : undefined;
  const shared = {
    id: name,
    name,
    "aria-describedby": [hintId, errorId].filter(Boolean).join(" ") || undefined,
    "aria-invalid": error ? true : undefined,
  };
  return (
    <div className={error ? "form-group form-group--error" : "form-group"}>
      <label className="label" htmlFor={name}>
        {label}
      </label>
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
      {multiline ? (
        <textarea className={error ? "input textarea input--error" : "input textarea"} rows={4} defaultValue={input.defaultValue} {...shared} />
      ) : (
        <input className={error ? "input input--error" : "input"} type={type} {...shared} {...input} />
      )}
    </div>
  );
}
