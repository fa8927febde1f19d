import fc from "fast-check";
import { BANK_HOLIDAY_DATA_RANGE } from "../kernel/calendar/bank-holidays";
import { type CalendarDate, calendarDate, fromDayNumber, toDayNumber } from "../kernel/calendar/calendar-date";

/** Any day from `first` to `last`, both included. */
export function calendarDateBetween(first: string, last: string): fc.Arbitrary<CalendarDate> {
  return fc
    .integer({ min: toDayNumber(calendarDate(first)), max: toDayNumber(calendarDate(last)) })
    .map(fromDayNumber);
}

/** Any day on which working days can be counted. */
export const dayWithBankHolidayData = calendarDateBetween(BANK_HOLIDAY_DATA_RANGE.first, BANK_HOLIDAY_DATA_RANGE.last);
