import { BANK_HOLIDAY_DATA_RANGE, assertWithinBankHolidayData, isBankHoliday } from "./bank-holidays";
import { type CalendarDate, addCalendarDays, fromDayNumber, isWeekend, toDayNumber } from "./calendar-date";

/** Monday to Friday, except bank holidays in England and Wales. */
export function isWorkingDay(date: CalendarDate): boolean {
  return !isWeekend(date) && !isBankHoliday(date);
}

/**
 * The day on which the `count`th working day after `date` falls; `date` itself is never counted, so a period of care
 * that starts on a Saturday is counted from the Monday. Throws OutsideBankHolidayDataError when `date` or the answer
 * lies outside the bank holiday data.
 */
export function addWorkingDays(date: CalendarDate, count: number): CalendarDate {
  if (!Number.isSafeInteger(count) || count < 1) {
    throw new RangeError(`Working days are added in whole numbers of 1 or more, not ${count}.`);
  }
  assertWithinBankHolidayData(date);
  let day = date;
  let counted = 0;
  while (counted < count) {
    day = addCalendarDays(day, 1);
    if (isWorkingDay(day)) counted += 1;
  }
  return day;
}

const firstDayNumber = toDayNumber(BANK_HOLIDAY_DATA_RANGE.first);

/** workingDaysUpTo[i]: how many working days there are from the first day of the data to the i-th day after it,
 * inclusive. Worked out once so that counting between any two dates is a subtraction, not a walk across years. */
const workingDaysUpTo: readonly number[] = (() => {
  const totals: number[] = [];
  let total = 0;
  for (let day = firstDayNumber; day <= toDayNumber(BANK_HOLIDAY_DATA_RANGE.last); day += 1) {
    if (isWorkingDay(fromDayNumber(day))) total += 1;
    totals.push(total);
  }
  return totals;
})();

function workingDaysSinceDataStarts(date: CalendarDate): number {
  assertWithinBankHolidayData(date);
  return workingDaysUpTo[toDayNumber(date) - firstDayNumber] as number;
}

/**
 * How many working days fall after `from`, up to and including `to`: the inverse of addWorkingDays, so that
 * workingDaysBetween(d, addWorkingDays(d, n)) is n. Negative when `to` is before `from`, which keeps
 * between(a, b) + between(b, c) = between(a, c) true for dates in any order.
 */
export function workingDaysBetween(from: CalendarDate, to: CalendarDate): number {
  return workingDaysSinceDataStarts(to) - workingDaysSinceDataStarts(from);
}
