import { useEffect, useRef } from "react";
import { t } from "~/messages/messages";

export type FormError = { field: string; message: string };

/** GOV.UK's error summary: the first thing read after a failed submit, each error linking to its field. */
export function ErrorSummary({ errors }: { errors: readonly FormError[] }) {
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) summary.current?.focus();
  }, [errors]);
  if (errors.length === 0) return null;
  return (
    <div className="error-summary" aria-labelledby="error-summary-title" role="alert" tabIndex={-1} ref={summary}>
      <h2 className="error-summary__title" id="error-summary-title">
        {t("errorSummary.title")}
      </h2>
      <ul className="error-summary__list">
        {errors.map((error) => (
          <li key={`${error.field}-${error.message}`}>
            <a href={`#${error.field}`}>{error.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
