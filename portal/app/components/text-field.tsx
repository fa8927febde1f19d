import type { InputHTMLAttributes } from "react";
import { useRestored } from "~/kept/keepable";
import { FormGroup } from "./form-group";

type TextFieldProps = {
  /** Unique on the page: `name` unless given, as when several forms on one page ask the same thing. */
  id?: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  /** A box sized for a short answer, like a time, so its size says what to type. */
  short?: boolean;
} & Pick<InputHTMLAttributes<HTMLInputElement>, "type" | "autoComplete" | "defaultValue" | "spellCheck" | "autoCapitalize">;

/** A labelled input with its hint and error tied to it for screen readers; what was typed before, if it was kept. */
export function TextField({ name, id = name, label, hint, error, short = false, type = "text", defaultValue, ...input }: TextFieldProps) {
  const restored = useRestored(name);
  const className = ["input", short ? "input--short" : null, error ? "input--error" : null].filter(Boolean).join(" ");
  return (
    <FormGroup id={id} label={label} hint={hint} error={error}>
      {(control) => <input className={className} name={name} type={type} defaultValue={restored ? (restored[0] ?? "") : defaultValue} {...control} {...input} />}
    </FormGroup>
  );
}
