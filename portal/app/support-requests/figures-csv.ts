import { csvText } from "~/figures/csv";
import type { SupportFiguresQuery } from "~/graphql/generated/graphql";
import { t } from "~/messages/messages";

export type Figures = SupportFiguresQuery["supportFigures"];

/** The figures as the page shows them, for a spreadsheet: the quarters, then the totals, one measure a row. */
export function figuresCsv(figures: Figures): string {
  return csvText([
    [t("supportFigures.csv.quarterFrom"), t("supportFigures.csv.quarterTo"), t("supportFigures.table.youngPeople")],
    ...figures.quarters.map((quarter) => [quarter.startsOn, quarter.endsOn, quarter.youngPeopleWithAdvocate]),
    [],
    [t("supportFigures.csv.measure"), t("supportFigures.csv.value")],
    [t("supportFigures.matched", { date: figures.to }), figures.independentVisitorsMatched],
    [t("supportFigures.waiting", { date: figures.to }), figures.independentVisitorsWaiting],
    [t("supportFigures.csv.allocated", { from: figures.from, to: figures.to }), figures.allocatedInPeriod],
    [t("supportFigures.medianAdvocate"), figures.medianDaysToAdvocate],
    [t("supportFigures.medianVisitor"), figures.medianDaysToIndependentVisitor],
  ]);
}

export const figuresFilename = (figures: Pick<Figures, "from" | "to">) => `advocacy-and-independent-visitors-${figures.from}-to-${figures.to}.csv`;
