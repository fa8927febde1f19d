import { LONDON } from "./dates";

/** A date and time as a clock in London shows them. Months count from 1, hours from 0 to 23. */
export type LondonClock = { year: number; month: number; day: number; hour: number; minute: number };

const clockParts = new Intl.DateTimeFormat("en-GB", {
  timeZone: LONDON,
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  hourCycle: "h23",
});

function clockAt(instant: Date): LondonClock {
  const parts = clockParts.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((each) => each.type === type)?.value);
  return { year: part("year"), month: part("month"), day: part("day"), hour: part("hour"), minute: part("minute") };
}

const sameClock = (a: LondonClock, b: LondonClock) =>
  a.year === b.year && a.month === b.month && a.day === b.day && a.hour === b.hour && a.minute === b.minute;

/** London is an hour ahead of UTC in summer time and level with it in winter: the earlier candidate comes first. */
const LONDON_OFFSETS_MINUTES = [60, 0];

/**
 * The instant at which London's clocks show `clock`, or null when they never do: in the hour skipped when the clocks
 * go forward (01:30 on 29 March 2026), or on a day that does not exist (31 April). When the clocks go back, the
 * hour from 1am happens twice; this gives the first, in summer time, as that is when someone keeping to the time
 * written on a letter would arrive.
 */
export function londonInstant(clock: LondonClock): Date | null {
  const asIfUtc = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute);
  for (const offset of LONDON_OFFSETS_MINUTES) {
    const candidate = new Date(asIfUtc - offset * 60_000);
    if (sameClock(clockAt(candidate), clock)) return candidate;
  }
  return null;
}

const dayFormat = new Intl.DateTimeFormat("en-CA", { timeZone: LONDON, year: "numeric", month: "2-digit", day: "2-digit" });

/** The day it is in London at `instant`, as "2026-05-04": days in this form compare as text. */
export function londonDay(instant: Date): string {
  return dayFormat.format(instant);
}
