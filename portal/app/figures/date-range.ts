import type { DateParts } from "~/components/date-input";
import type { FormError } from "~/components/error-summary";
import { t } from "~/messages/messages";

/** The first and the last day of the figures, as YYYY-MM-DD. */
export type DateRange = { from: string; to: string };
/** The two dates as typed in their boxes, to be put back in them. */
export type DateRangeForm = { from: DateParts; to: DateParts };
export type DateRangeAsked = { range: DateRange | null; form: DateRangeForm; errors: FormError[] };

const pad = (value: number) => String(value).padStart(2, "0");
export const isoDay = (year: number, month: number, day: number) => `${String(year).padStart(4, "0")}-${pad(month)}-${pad(day)}`;

/** The day as YYYY-MM-DD, if the three boxes make one that exists. */
function dayFrom(parts: DateParts): string | null {
  const [day, month, year] = [parts.day, parts.month, parts.year].map((part) => (/^\d{1,4}$/.test(part.trim()) ? Number(part.trim()) : NaN));
  if (!day || !month || !year || year < 1000) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? isoDay(year, month, day) : null;
}

const partsOf = (iso: string): DateParts => {
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  return { day: String(day), month: String(month), year: String(year) };
};

/** An error about the first or last day leads to its day box, the first of the three. */
export const dateBoxAnchor = (field: string) => (field === "from" || field === "to" ? `${field}-day` : field);

/**
 * The range the address asks for: the form's boxes (`from-day`, …), or `from` and `to` as YYYY-MM-DD (a CSV link's),
 * or the page's own default. Boxes that make no date are sent back as typed, with an error for each.
 */
export function dateRangeFrom(search: URLSearchParams, fallback: DateRange): DateRangeAsked {
  const boxes = (name: "from" | "to"): DateParts | null =>
    search.has(`${name}-day`) ? { day: search.get(`${name}-day`) ?? "", month: search.get(`${name}-month`) ?? "", year: search.get(`${name}-year`) ?? "" } : null;
  const isoParam = (name: "from" | "to"): string | null => {
    const value = search.get(name)?.trim() ?? "";
    return /^\d{4}-\d{2}-\d{2}$/.test(value) && dayFrom(partsOf(value)) ? value : null;
  };
  const given = { from: boxes("from") ?? partsOf(isoParam("from") ?? fallback.from), to: boxes("to") ?? partsOf(isoParam("to") ?? fallback.to) };
  const from = dayFrom(given.from);
  const to = dayFrom(given.to);
  const errors: FormError[] = [];
  if (!from) errors.push({ field: dateBoxAnchor("from"), message: t("dateRange.error.from") });
  if (!to) errors.push({ field: dateBoxAnchor("to"), message: t("dateRange.error.to") });
  return { range: from && to ? { from, to } : null, form: given, errors };
}


/** The address of the range as YYYY-MM-DD, with a page's own filters, for its CSV link. */
export const rangeQuery = (range: DateRange, filters: Record<string, string> = {}) =>
  new URLSearchParams({ from: range.from, to: range.to, ...Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== "")) }).toString();
