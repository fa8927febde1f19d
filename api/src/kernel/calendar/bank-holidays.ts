import { type CalendarDate, calendarDate, toDayNumber } from "./calendar-date";
import {
  BANK_HOLIDAY_DATA_ENDS,
  BANK_HOLIDAY_DATA_STARTS,
  ENGLAND_AND_WALES_BANK_HOLIDAYS,
} from "./england-and-wales-bank-holidays";

export const BANK_HOLIDAY_DATA_RANGE = {
  first: calendarDate(BANK_HOLIDAY_DATA_STARTS),
  last: calendarDate(BANK_HOLIDAY_DATA_ENDS),
} as const;

/** Outside the years the list covers we cannot tell a working day from a bank holiday, so we refuse rather than
 * guess: a wrong guess would move a child's statutory review date without anyone noticing. */
export class OutsideBankHolidayDataError extends Error {
  readonly code = "OUTSIDE_BANK_HOLIDAY_DATA";

  constructor(readonly date: CalendarDate) {
    super(
      `Working days cannot be counted for ${date}: bank holidays are only known from ` +
        `${BANK_HOLIDAY_DATA_RANGE.first} to ${BANK_HOLIDAY_DATA_RANGE.last}.`,
    );
    this.name = "OutsideBankHolidayDataError";
  }
}

const firstDayNumber = toDayNumber(BANK_HOLIDAY_DATA_RANGE.first);
const lastDayNumber = toDayNumber(BANK_HOLIDAY_DATA_RANGE.last);

export function assertWithinBankHolidayData(date: CalendarDate): void {
  const day = toDayNumber(date);
  if (day < firstDayNumber || day > lastDayNumber) {
    throw new OutsideBankHolidayDataError(date);
  }
}

const bankHolidays = new Set<string>(ENGLAND_AND_WALES_BANK_HOLIDAYS);

export function isBankHoliday(date: CalendarDate): boolean {
  assertWithinBankHolidayData(date);
  return bankHolidays.has(date);
}
