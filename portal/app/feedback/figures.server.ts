import type { FormError } from "~/components/error-summary";
import { refusedInput } from "~/errors/refused-input.server";
import type { CallOptions } from "~/graphql/api.server";
import { callApi } from "~/graphql/client.server";
import { t } from "~/messages/messages";
import { FeedbackFiguresQuery as FiguresQuery } from "./feedback.operations.server";
import { commentWords, questionWords, returnRate, type Figures } from "./figures";

export type FiguresRange = { from: string; to: string; iro: string };

const londonToday = (now: Date) => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(now);

/** The range asked for in the address, or the last three months to today when none is. */
export function rangeFrom(url: URL, now = new Date()): FiguresRange {
  const to = url.searchParams.get("to")?.trim() || londonToday(now);
  const from = url.searchParams.get("from")?.trim() || londonToday(new Date(now.getTime() - 91 * 86_400_000));
  return { from, to, iro: url.searchParams.get("iro")?.trim() ?? "" };
}

export type FiguresPage = { range: FiguresRange; figures: Figures | null; errors: FormError[] };

/** The manager's figures for the range: counted by the API in SQL, with only the comments people agreed to share. */
export async function loadFigures(range: FiguresRange, options: CallOptions): Promise<FiguresPage> {
  try {
    const { feedbackFigures } = await callApi(FiguresQuery, { input: { from: range.from, to: range.to, iroPersonId: range.iro || null } }, options);
    return { range, figures: feedbackFigures, errors: [] };
  } catch (error) {
    return { range, figures: null, errors: refusedInput(error, "figures") };
  }
}

const csvCell = (value: string | number) => {
  const text = String(value);
  // A cell a spreadsheet would read as a formula is written as text.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** The same figures as the page, as CSV: one table after another, each with its heading row. */
export function figuresCsv(figures: Figures, range: FiguresRange): string {
  const rows: (string | number)[][] = [
    [t("figures.title"), range.from, range.to],
    [],
    [t("figures.column.respondent"), t("figures.column.sent"), t("figures.column.returned"), t("figures.column.rate")],
    ...figures.returns.map(({ respondent, sent, returned }) => [t(`feedback.respondent.${respondent}`), sent, returned, returnRate(sent, returned) ?? ""]),
    [],
    [t("figures.ratings.title"), t("figures.column.answer"), t("figures.column.count")],
    ...figures.ratings.map(({ question, rating, count }) => [questionWords(question), t(`feedback.rating.${rating}`), count]),
    [],
    [t("figures.column.iro"), t("figures.column.sent"), t("figures.column.returned"), t("figures.column.rate")],
    ...figures.iros.map(({ iroName, sent, returned }) => [iroName, sent, returned, returnRate(sent, returned) ?? ""]),
    [],
    [t("figures.comments.title"), t("figures.column.respondent"), t("figures.column.answer")],
    ...figures.sharedComments.map(({ respondent, question, text }) => [commentWords(question), t(`feedback.respondent.${respondent}`), text]),
  ];
  return `${rows.map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

