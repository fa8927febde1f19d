import { useRestored } from "~/kept/keepable";
import { CharacterCount, countId, useTypedCount } from "./character-count";
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
  /** The most characters the API takes here (question-page/text-limits), counted down under the box. */
  limit?: number;
};

/** A labelled box for a few sentences, with its hint, error and any limit tied to it for screen readers; what was typed before, if it was kept. */
export function TextArea({ id, name, label, labelIsHeading, hint, error, defaultValue, rows = 4, limit }: TextAreaProps) {
  const restored = useRestored(name);
  const shown = restored ? (restored[0] ?? "") : defaultValue;
  const { typed, onInput } = useTypedCount(shown ?? "");
  const isOver = limit !== undefined && typed > limit;
  return (
    <FormGroup id={id} label={label} labelIsHeading={labelIsHeading} hint={hint} error={error}>
      {(control) => (
        <>
          <textarea
            className={error || isOver ? "textarea textarea--error" : "textarea"}
            name={name}
            rows={rows}
            defaultValue={shown}
            {...control}
            aria-describedby={limit === undefined ? control["aria-describedby"] : [control["aria-describedby"], countId(id)].filter(Boolean).join(" ")}
            onInput={limit === undefined ? undefined : (event) => onInput(event.currentTarget.value)}
          />
          {limit === undefined ? null : <CharacterCount id={id} limit={limit} typed={typed} />}
        </>
      )}
    </FormGroup>
  );
}
