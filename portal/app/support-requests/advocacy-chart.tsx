import { formatPlainDay } from "~/format/dates";
import { t } from "~/messages/messages";
import type { Figures } from "./figures-csv";

const BAR = 40;
const GAP = 40;
const HEIGHT = 200;
const TOP = 24;
const BOTTOM = 40;
const monthFormat = new Intl.DateTimeFormat("en-GB", { month: "short", timeZone: "UTC" });

/** "Jan to Mar 2026": short enough to sit under a bar. */
function shortQuarter(startsOn: string, endsOn: string): string {
  const month = (iso: string) => monthFormat.format(new Date(`${iso}T12:00:00Z`));
  return `${month(startsOn)}–${month(endsOn)} ${endsOn.slice(0, 4)}`;
}

/**
 * Young people with an advocate in each quarter, as bars drawn on the server: each bar carries its number, so nothing
 * is said by colour or height alone, and the table after it holds the same figures for anyone who cannot see it.
 */
export function AdvocacyChart({ quarters }: { quarters: Figures["quarters"] }) {
  const most = Math.max(1, ...quarters.map((quarter) => quarter.youngPeopleWithAdvocate));
  const width = Math.max(320, quarters.length * (BAR + GAP) + GAP);
  return (
    <figure className="chart">
      <svg className="chart__svg" viewBox={`0 0 ${width} ${HEIGHT + TOP + BOTTOM}`} role="img" aria-labelledby="advocacy-chart-title advocacy-chart-description">
        <title id="advocacy-chart-title">{t("supportFigures.chart.title")}</title>
        <desc id="advocacy-chart-description">{t("supportFigures.chart.description")}</desc>
        <line className="chart__axis" x1={GAP / 2} x2={width - GAP / 2} y1={TOP + HEIGHT} y2={TOP + HEIGHT} />
        {quarters.map((quarter, index) => {
          const height = Math.round((quarter.youngPeopleWithAdvocate / most) * HEIGHT);
          const x = GAP + index * (BAR + GAP);
          return (
            <g key={quarter.startsOn}>
              <rect className="chart__bar" x={x} y={TOP + HEIGHT - height} width={BAR} height={height} />
              <text className="chart__value" x={x + BAR / 2} y={TOP + HEIGHT - height - 6} textAnchor="middle">
                {quarter.youngPeopleWithAdvocate}
              </text>
              <text className="chart__label" x={x + BAR / 2} y={TOP + HEIGHT + 20} textAnchor="middle">
                {shortQuarter(quarter.startsOn, quarter.endsOn)}
              </text>
            </g>
          );
        })}
      </svg>
      <table className="table">
        <caption className="table__caption">{t("supportFigures.table.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("supportFigures.table.quarter")}</th>
            <th scope="col" className="table__numeric">
              {t("supportFigures.table.youngPeople")}
            </th>
          </tr>
        </thead>
        <tbody>
          {quarters.map((quarter) => (
            <tr key={quarter.startsOn}>
              <th scope="row">{t("supportFigures.quarter", { from: formatPlainDay(quarter.startsOn), to: formatPlainDay(quarter.endsOn) })}</th>
              <td className="table__numeric">{quarter.youngPeopleWithAdvocate}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
