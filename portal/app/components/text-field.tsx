import type { InputHTMLAttributes } from "react";
import { FormGroup } from "./form-group";

type TextFieldProps = {
  name: string;
  label: string;
  hint?: string;
  error?: string;
} & Pick<InputHTMLAttributes<HTMLInputElement>, "type" | "autoComplete" | "defaultValue" | "spellCheck" | "autoCapitalize">;

/** A labelled input with its hint and error tied to it for screen readers. */
export function TextField({ name, label, hint, error, type = "text", ...input }: TextFieldProps) {
  return (
    <FormGroup id={name} label={label} hint={hint} error={error}>
      {(control) => <input className={error ? "input input--error" : "input"} name={name} type={type} {...control} {...input} />}
    </FormGroup>
  );
}
