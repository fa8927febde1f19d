import { useEffect, useRef } from "react";
import { t } from "~/messages/messages";

export type FormError = { field: string; message: string };

/**
 * GOV.UK's error summary: the first thing read after a failed submit, each error linking to its field. It takes focus
 * when it appears: without JavaScript through `autofocus` in the server's HTML, with it through the effect (React
 * leaves `autofocus` on a div to the browser, which honours only the first on a page).
 */
export function ErrorSummary({ errors }: { errors: readonly FormError[] }) {
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) summary.current?.focus();
  }, [errors]);
  if (errors.length === 0) return null;
  return (
    <div className="error-summary" aria-labelledby="error-summary-title" role="alert" tabIndex={-1} ref={summary} autoFocus>
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
