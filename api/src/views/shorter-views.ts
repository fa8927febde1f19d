import { ageOn } from "../kernel/calendar/age";
import { calendarDate } from "../kernel/calendar/calendar-date";
import { londonDateAfter } from "../kernel/calendar/london-time";

/** Children younger than this are offered the shorter questions first; anyone may switch either way. */
export const SHORTER_VIEWS_BELOW_AGE = 11;

/** Whether to start a young person on the shorter questions, by their age today in London. */
export function suggestsShorterViews(dateOfBirth: string, now: Date = new Date()): boolean {
  return ageOn(calendarDate(dateOfBirth), calendarDate(londonDateAfter(now, 0))) < SHORTER_VIEWS_BELOW_AGE;
}
