import fc from "fast-check";
import { type CalendarDate, calendarDate, fromDayNumber, toDayNumber } from "../reviews/calendar-date";

/** Any day from `first` to `last`, both included. */
export function calendarDateBetween(first: string, last: string): fc.Arbitrary<CalendarDate> {
  return fc
    .integer({ min: toDayNumber(calendarDate(first)), max: toDayNumber(calendarDate(last)) })
    .map(fromDayNumber);
}
