import { dateRangeFrom, isoDay, type DateRange, type DateRangeAsked } from "~/figures/date-range";

/**
 * Without a period asked for, the last four quarters: from the first day of the quarter a year before this one to
 * today (London's day).
 */
export function defaultPeriod(today: string): DateRange {
  const [year, month] = today.split("-").map(Number) as [number, number];
  const quarterStartMonth = Math.floor((month - 1) / 3) * 3 + 1;
  return { from: isoDay(year - 1, quarterStartMonth, 1), to: today };
}

/** The period the address asks for, or the last four quarters. */
export const periodFrom = (search: URLSearchParams, today: string): DateRangeAsked => dateRangeFrom(search, defaultPeriod(today));
