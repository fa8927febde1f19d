import type { ReactNode } from "react";
import { useRestored } from "~/kept/keepable";
import { describedBy, HintAndError } from "./hint-and-error";

/** One choice. An icon is a picture beside the label, hidden from screen readers, which read the label alone. */
export type Option = { value: string; label: string; hint?: string; icon?: ReactNode };

type OptionGroupProps = {
  type: "radio" | "checkbox";
  /** Unique on the page: `name` unless given. */
  id?: string;
  name: string;
  /** A page with one question makes it the page's heading, as GOV.UK question pages do. */
  legend: ReactNode;
  legendIsHeading?: boolean;
  hint?: string;
  error?: string;
  options: readonly Option[];
  checked: readonly string[];
};

/**
 * Radios or checkboxes in a fieldset, the hint and error tied to it. The first option's id is the group's id, so
 * the error summary's link lands on it. What was ticked before is ticked again, if it was kept.
 */
export function OptionGroup({ type, name, id: groupId = name, legend, legendIsHeading = false, hint, error, options, checked: given }: OptionGroupProps) {
  const checked = useRestored(name) ?? given;
  return (
    <div className={error ? "form-group form-group--error" : "form-group"}>
      <fieldset className="fieldset" aria-describedby={describedBy(groupId, hint, error)}>
        <legend className={legendIsHeading ? "fieldset__legend fieldset__legend--heading" : "fieldset__legend"}>
          {legendIsHeading ? <h1 className="fieldset__heading">{legend}</h1> : legend}
        </legend>
        <HintAndError id={groupId} hint={hint} error={error} />
        <div className="options">
          {options.map((option, index) => {
            const id = index === 0 ? groupId : `${groupId}-${index + 1}`;
            const optionHintId = option.hint ? `${id}-hint` : undefined;
            return (
              <div className="options__item" key={option.value}>
                <input
                  className="options__input"
                  type={type}
                  id={id}
                  name={name}
                  value={option.value}
                  defaultChecked={checked.includes(option.value)}
                  aria-describedby={optionHintId}
                />
                <label className={option.icon ? "options__label options__label--with-icon" : "options__label"} htmlFor={id}>
                  {option.icon}
                  {option.label}
                </label>
                {option.hint ? (
                  <span className="hint options__hint" id={optionHintId}>
                    {option.hint}
                  </span>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
