import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { BackLink } from "~/components/back-link";
import { ErrorSummary } from "~/components/error-summary";
import { pageTitle, useErrorTitle } from "~/components/page-title";
import { SummaryList } from "~/components/summary-list";
import { rangeQuery } from "~/figures/date-range";
import { CsvDownloadLink, DateRangeFields } from "~/figures/date-range-form";
import { formatPlainDay } from "~/format/dates";
import { t } from "~/messages/messages";
import { AdvocacyChart } from "~/support-requests/advocacy-chart";
import { londonDay } from "~/format/london-time";
import { periodFrom } from "~/support-requests/figures-period";
import { loadSupportFigures } from "~/support-requests/support-requests.server";

export const meta: MetaFunction = () => [{ title: pageTitle(t("supportFigures.title")) }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { range: period, form, errors } = periodFrom(new URL(request.url).searchParams, londonDay(new Date()));
  if (!period) return { form, errors, figures: null };
  const outcome = await loadSupportFigures(request, period);
  return outcome.ok ? { form, errors: [], figures: outcome.figures } : { form, errors: outcome.errors, figures: null };
}

const days = (value: number | null) => (value === null ? t("supportFigures.noneAllocated") : String(value));

/** The figures for any period: a chart with its table, the totals, and the same as CSV. The form is a plain GET. */
export default function SupportFigures() {
  const { form, errors, figures } = useLoaderData<typeof loader>();
  useErrorTitle(t("supportFigures.title"), errors.length > 0);
  return (
    <>
      <BackLink to="/support-requests" />
      <ErrorSummary errors={errors} />
      <h1>{t("supportFigures.title")}</h1>
      <DateRangeFields form={form} errors={errors} />
      {figures ? (
        <>
          <p className="lead">{t("supportFigures.forPeriod", { from: formatPlainDay(figures.from), to: formatPlainDay(figures.to) })}</p>
          <CsvDownloadLink href={`/support-requests/figures.csv?${rangeQuery(figures)}`} />
          <AdvocacyChart quarters={figures.quarters} />
          <h2>{t("supportFigures.totals")}</h2>
          <SummaryList
            rows={[
              { key: "matched", label: t("supportFigures.matched", { date: formatPlainDay(figures.to) }), value: String(figures.independentVisitorsMatched) },
              { key: "waiting", label: t("supportFigures.waiting", { date: formatPlainDay(figures.to) }), value: String(figures.independentVisitorsWaiting) },
              { key: "allocated", label: t("supportFigures.allocated"), value: String(figures.allocatedInPeriod) },
              { key: "advocate", label: t("supportFigures.medianAdvocate"), value: days(figures.medianDaysToAdvocate) },
              { key: "visitor", label: t("supportFigures.medianVisitor"), value: days(figures.medianDaysToIndependentVisitor) },
            ]}
          />
        </>
      ) : null}
    </>
  );
}
