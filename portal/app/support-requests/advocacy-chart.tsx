import { BarChart } from "~/figures/bar-chart";
import { formatPlainDay } from "~/format/dates";
import { t } from "~/messages/messages";
import type { Figures } from "./figures-csv";

const monthFormat = new Intl.DateTimeFormat("en-GB", { month: "short", timeZone: "UTC" });

/** "Jan–Mar 2026": short enough to sit beside a bar. */
function shortQuarter(startsOn: string, endsOn: string): string {
  const month = (iso: string) => monthFormat.format(new Date(`${iso}T12:00:00Z`));
  return `${month(startsOn)}–${month(endsOn)} ${endsOn.slice(0, 4)}`;
}

/** Young people with an advocate in each quarter: a bar each, with the table of the same figures. */
export function AdvocacyChart({ quarters }: { quarters: Figures["quarters"] }) {
  return (
    <BarChart
      id="advocacy-chart"
      title={t("supportFigures.chart.title")}
      description={t("supportFigures.chart.description")}
      bars={quarters.map((quarter) => ({
        key: quarter.startsOn,
        label: shortQuarter(quarter.startsOn, quarter.endsOn),
        value: quarter.youngPeopleWithAdvocate,
        text: String(quarter.youngPeopleWithAdvocate),
      }))}
      table={{
        caption: t("supportFigures.table.caption"),
        headings: [t("supportFigures.table.quarter"), t("supportFigures.table.youngPeople")],
        rows: quarters.map((quarter) => ({
          key: quarter.startsOn,
          label: t("supportFigures.quarter", { from: formatPlainDay(quarter.startsOn), to: formatPlainDay(quarter.endsOn) }),
          cells: [quarter.youngPeopleWithAdvocate],
        })),
      }}
    />
  );
}
