import type { SupportFiguresQuery } from "~/graphql/generated/graphql";

export type Figures = SupportFiguresQuery["supportFigures"];

/** A CSV cell: quoted when it holds a comma, a quote or a line break, and never read as a formula by a spreadsheet. */
function cell(value: string | number | null): string {
  const text = value === null ? "" : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const row = (...cells: (string | number | null)[]) => cells.map(cell).join(",");

/** The figures as the page shows them, for a spreadsheet: the quarters, then the totals, one measure a row. */
export function figuresCsv(figures: Figures): string {
  return [
    row("Quarter from", "Quarter to", "Young people with an advocate"),
    ...figures.quarters.map((quarter) => row(quarter.startsOn, quarter.endsOn, quarter.youngPeopleWithAdvocate)),
    "",
    row("Measure", "Value"),
    row(`Matched with an Independent Visitor on ${figures.to}`, figures.independentVisitorsMatched),
    row(`Waiting for an Independent Visitor on ${figures.to}`, figures.independentVisitorsWaiting),
    row(`Allocated or matched from ${figures.from} to ${figures.to}`, figures.allocatedInPeriod),
    row("Median days from asking to an advocate", figures.medianDaysToAdvocate),
    row("Median days from asking to an Independent Visitor", figures.medianDaysToIndependentVisitor),
  ].join("\r\n") + "\r\n";
}

export const figuresFilename = (figures: Pick<Figures, "from" | "to">) => `advocacy-and-independent-visitors-${figures.from}-to-${figures.to}.csv`;
