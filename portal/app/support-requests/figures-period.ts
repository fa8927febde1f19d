import type { DateParts } from "~/components/date-input";
import type { FormError } from "~/components/error-summary";
import { t } from "~/messages/messages";

export type Period = { from: string; to: string };
export type PeriodForm = { from: DateParts; to: DateParts };

const pad = (value: number) => String(value).padStart(2, "0");
const isoOf = (year: number, month: number, day: number) => `${String(year).padStart(4, "0")}-${pad(month)}-${pad(day)}`;

/** The day as YYYY-MM-DD, if the three boxes make one that exists. */
function dayFrom(parts: DateParts): string | null {
  const [day, month, year] = [parts.day, parts.month, parts.year].map((part) => (/^\d{1,4}$/.test(part.trim()) ? Number(part.trim()) : NaN));
  if (!day || !month || !year || year < 1000) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? isoOf(year, month, day) : null;
}

const partsOf = (iso: string): DateParts => {
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  return { day: String(day), month: String(month), year: String(year) };
};

/**
 * Without a period asked for, the last four quarters: from the first day of the quarter a year before this one to
 * today (London's day).
 */
export function defaultPeriod(today: string): Period {
  const [year, month] = today.split("-").map(Number) as [number, number];
  const quarterStartMonth = Math.floor((month - 1) / 3) * 3 + 1;
  return { from: isoOf(year - 1, quarterStartMonth, 1), to: today };
}

/**
 * The period the address asks for: the form's boxes (`from-day`, …), or `from` and `to` as YYYY-MM-DD (the CSV's
 * link), or the default. Boxes that make no date are sent back with an error for each.
 */
export function periodFrom(search: URLSearchParams, today: string): { period: Period | null; form: PeriodForm; errors: FormError[] } {
  const boxes = (name: "from" | "to"): DateParts | null =>
    search.has(`${name}-day`) ? { day: search.get(`${name}-day`) ?? "", month: search.get(`${name}-month`) ?? "", year: search.get(`${name}-year`) ?? "" } : null;
  const isoParam = (name: "from" | "to"): string | null => {
    const value = search.get(name) ?? "";
    return /^\d{4}-\d{2}-\d{2}$/.test(value) && dayFrom(partsOf(value)) ? value : null;
  };
  const fallback = defaultPeriod(today);
  const given = { from: boxes("from") ?? partsOf(isoParam("from") ?? fallback.from), to: boxes("to") ?? partsOf(isoParam("to") ?? fallback.to) };
  const from = dayFrom(given.from);
  const to = dayFrom(given.to);
  const errors: FormError[] = [];
  if (!from) errors.push({ field: "from", message: t("supportFigures.error.from") });
  if (!to) errors.push({ field: "to", message: t("supportFigures.error.to") });
  return { period: from && to ? { from, to } : null, form: given, errors };
}
