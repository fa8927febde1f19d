import type { InputHTMLAttributes } from "react";
import { t } from "~/messages/messages";

type TextFieldProps = {
  name: string;
  label: string;
  hint?: string;
  error?: string;
} & Pick<InputHTMLAttributes<HTMLInputElement>, "type" | "autoComplete" | "defaultValue" | "spellCheck" | "autoCapitalize">;

/** A labelled input with its hint and error tied to it for screen readers. */
export function TextField({ name, label, hint, error, type = "text", ...input }: TextFieldProps) {
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = error ? `${name}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
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
      <input
        className={error ? "input input--error" : "input"}
        id={name}
        name={name}
        type={type}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        {...input}
      />
    </div>
  );
}
