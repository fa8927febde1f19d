import { useRestored } from "~/kept/keepable";
import { FormGroup } from "./form-group";

type TextAreaProps = {
  /** Unique on the page; `name` may repeat when several forms ask the same thing. */
  id: string;
  name: string;
  label: string;
  labelIsHeading?: boolean;
  hint?: string;
  error?: string;
  defaultValue?: string;
  rows?: number;
};

/** A labelled box for a few sentences, with its hint and error tied to it for screen readers; what was typed before, if it was kept. */
export function TextArea({ id, name, label, labelIsHeading, hint, error, defaultValue, rows = 4 }: TextAreaProps) {
  const restored = useRestored(name);
  return (
    <FormGroup id={id} label={label} labelIsHeading={labelIsHeading} hint={hint} error={error}>
      {(control) => <textarea className={error ? "textarea textarea--error" : "textarea"} name={name} rows={rows} defaultValue={restored ? (restored[0] ?? "") : defaultValue} {...control} />}
    </FormGroup>
  );
}
