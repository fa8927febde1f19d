import { t } from "~/messages/messages";
import { useRestored } from "~/kept/keepable";
import { describedBy, HintAndError } from "./hint-and-error";

const PARTS = ["day", "month", "year"] as const;
export type DateParts = Record<(typeof PARTS)[number], string>;

type DateInputProps = {
  /** The group's id; each box's is `${id}-day`, `${id}-month` and `${id}-year`. */
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  /** The boxes the error is about, by id, each marked as wrong; all three when not given. */
  boxesInError?: readonly string[];
  values: DateParts;
  /** For a form that holds more than one date: the boxes are named `${namePrefix}-day` and so on. */
  namePrefix?: string;
};

/**
 * GOV.UK's date input: day, month and year in three boxes, grouped and named by the legend, with the hint and error
 * tied to the group. The boxes are named `day`, `month` and `year` (or under a prefix, for a second date). What was typed before
 * is back in the boxes, if it was kept.
 */
export function DateInput({ id, legend, hint, error, boxesInError, values, namePrefix }: DateInputProps) {
  const nameOf = (part: (typeof PARTS)[number]) => (namePrefix ? `${namePrefix}-${part}` : part);
  const restored = { day: useRestored(nameOf("day")), month: useRestored(nameOf("month")), year: useRestored(nameOf("year")) };
  return (
    <div className={error ? "form-group form-group--error" : "form-group"}>
      <fieldset className="fieldset" role="group" aria-describedby={describedBy(id, hint, error)}>
        <legend className="fieldset__legend">{legend}</legend>
        <HintAndError id={id} hint={hint} error={error} />
        <div className="date-input">
          {PARTS.map((part) => {
            const boxId = `${id}-${part}`;
            const wrong = Boolean(error) && (boxesInError?.includes(boxId) ?? true);
            return (
              <div className="date-input__item" key={part}>
                <label className="label" htmlFor={boxId}>
                  {t(`dateInput.${part}`)}
                </label>
                <input
                  className={`input date-input__${part}${wrong ? " input--error" : ""}`}
                  id={boxId}
                  name={nameOf(part)}
                  type="text"
                  inputMode="numeric"
                  autoComplete="off"
                  defaultValue={restored[part] ? (restored[part][0] ?? "") : values[part]}
                  aria-invalid={wrong ? true : undefined}
                />
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
