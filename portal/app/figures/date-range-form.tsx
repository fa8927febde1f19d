import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { DateInput } from "~/components/date-input";
import type { FormError } from "~/components/error-summary";
import { t } from "~/messages/messages";
import { dateBoxAnchor, type DateRangeForm } from "./date-range";

/**
 * A figures page's period: the first and last day in GOV.UK's day, month and year boxes, with what was typed kept
 * and an error by each box that made no date. A GET form, so it works without JavaScript and the address says
 * what is shown. `children` are the page's own filters, asked after the dates.
 */
export function DateRangeFields({ form, errors, children }: { form: DateRangeForm; errors: readonly FormError[]; children?: ReactNode }) {
  const errorFor = (field: string) => errors.find((error) => error.field === dateBoxAnchor(field))?.message;
  return (
    <Form method="get" className="filters">
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t("dateRange.legend")}</legend>
        <DateInput id="from" namePrefix="from" legend={t("dateRange.from")} hint={t("dateRange.hint")} error={errorFor("from")} values={form.from} />
        <DateInput id="to" namePrefix="to" legend={t("dateRange.to")} hint={t("dateRange.hint")} error={errorFor("to")} values={form.to} />
      </fieldset>
      {children}
      <div className="form-group">
        <button type="submit" className="button button--secondary">
          {t("dateRange.show")}
        </button>
      </div>
    </Form>
  );
}

/** The link to the same figures as a CSV file: a plain download, never a page Remix would load. */
export function CsvDownloadLink({ href }: { href: string }) {
  return (
    <p>
      <a href={href} download>
        {t("csvDownload.link")}
      </a>
    </p>
  );
}
