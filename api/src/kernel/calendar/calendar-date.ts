declare const calendarDateBrand: unique symbol;

/**
 * A day on the calendar in England, written YYYY-MM-DD. The review rules speak of days, not instants: keeping dates as
 * plain days means no time zone or change of the clocks can move one to the day before or after.
 */
export type CalendarDate = string & { readonly [calendarDateBrand]: true };

export class InvalidCalendarDateError extends Error {
  readonly code = "INVALID_CALENDAR_DATE";

  constructor(readonly text: string) {
    super(`"${text}" is not a calendar date written YYYY-MM-DD.`);
    this.name = "InvalidCalendarDateError";
  }
}

const MILLISECONDS_PER_DAY = 86_400_000;

/** Arithmetic goes through UTC midnights, which are exactly a day apart. setUTCFullYear, unlike Date.UTC, does not
 * read years 0 to 99 as 1900 to 1999. */
function utcMidnight(year: number, month: number, day: number): Date {
  const instant = new Date(0);
  instant.setUTCFullYear(year, month - 1, day);
  return instant;
}

function daysInMonth(year: number, month: number): number {
  return utcMidnight(year, month + 1, 0).getUTCDate();
}

function partsOf(date: CalendarDate): { year: number; month: number; day: number } {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return { year, month, day };
}

function format(year: number, month: number, day: number): CalendarDate {
  const pad = (value: number, width: number) => String(value).padStart(width, "0");
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` as CalendarDate;
}

/** Checks that `text` names a day that exists (no 30 February) and brands it. */
export function calendarDate(text: string): CalendarDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) throw new InvalidCalendarDateError(text);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) throw new InvalidCalendarDateError(text);
  return text as CalendarDate;
}

/** Days since 1970-01-01: turns date arithmetic and comparison into integer arithmetic. */
export function toDayNumber(date: CalendarDate): number {
  const { year, month, day } = partsOf(date);
  return utcMidnight(year, month, day).getTime() / MILLISECONDS_PER_DAY;
}

export function fromDayNumber(dayNumber: number): CalendarDate {
  const instant = new Date(dayNumber * MILLISECONDS_PER_DAY);
  return format(instant.getUTCFullYear(), instant.getUTCMonth() + 1, instant.getUTCDate());
}

export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(date) + days);
}

export function isWeekend(date: CalendarDate): boolean {
  const { year, month, day } = partsOf(date);
  const weekday = utcMidnight(year, month, day).getUTCDay();
  return weekday === 0 || weekday === 6;
}

/**
 * The same day of the month `months` later, or the last day of the target month when it is shorter: 31 August plus
 * 6 months is 28 (or 29) February, never 2 or 3 March. This reads "within 6 months" as a person reading a calendar
 * would, and never lets a deadline spill into the month after the one the rule names.
 */
export function addCalendarMonths(date: CalendarDate, months: number): CalendarDate {
  const { year, month, day } = partsOf(date);
  const monthsSinceYearZero = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthsSinceYearZero / 12);
  const targetMonth = monthsSinceYearZero - targetYear * 12 + 1;
  return format(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}
