import { calendarDate, type CalendarDate } from "../kernel/calendar/calendar-date";
import { londonDateAfter } from "../kernel/calendar/london-time";

/** Children younger than this are offered the shorter questions first; anyone may switch either way. */
export const SHORTER_VIEWS_BELOW_AGE = 11;

/**
 * Whole years from a date of birth to `today`. Someone born on 29 February turns a year older on 1 March in a year
 * without one, as the law in England counts it.
 */
export function ageOn(dateOfBirth: CalendarDate, today: CalendarDate): number {
  const years = Number(today.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
  return today.slice(5) >= dateOfBirth.slice(5) ? years : years - 1;
}

/** Whether to start a young person on the shorter questions, by their age today in London. */
export function suggestsShorterViews(dateOfBirth: string, now: Date = new Date()): boolean {
  return ageOn(calendarDate(dateOfBirth), calendarDate(londonDateAfter(now, 0))) < SHORTER_VIEWS_BELOW_AGE;
}
