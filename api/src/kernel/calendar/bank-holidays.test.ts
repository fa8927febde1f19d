import { BANK_HOLIDAY_DATA_RANGE, isBankHoliday, OutsideBankHolidayDataError } from "./bank-holidays";
import { addCalendarDays, calendarDate, isWeekend, toDayNumber } from "./calendar-date";
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from "./england-and-wales-bank-holidays";

const YEARS = Array.from({ length: 2035 - 2015 + 1 }, (_, index) => 2015 + index);

function holidaysIn(year: number): string[] {
  return ENGLAND_AND_WALES_BANK_HOLIDAYS.filter((date) => date.startsWith(`${year}-`));
}

function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

describe("bank holidays in England and Wales", () => {
  it.each([
    ["2025-04-18", "Good Friday 2025"],
    ["2026-04-06", "Easter Monday 2026"],
    ["2021-12-27", "Christmas Day 2021, a Saturday, on the Monday after"],
    ["2021-12-28", "Boxing Day 2021, a Sunday, on the Tuesday after"],
    ["2022-01-03", "New Year's Day 2022, a Saturday, on the Monday after"],
    ["2016-12-27", "Christmas Day 2016, a Sunday, on the Tuesday after Boxing Day"],
    ["2020-05-08", "the early May holiday moved to VE Day"],
    ["2022-06-02", "the spring holiday moved for the Platinum Jubilee"],
    ["2022-06-03", "the Platinum Jubilee"],
    ["2022-09-19", "the State Funeral of Queen Elizabeth II"],
    ["2023-05-08", "the Coronation of King Charles III"],
  ])("%s is a bank holiday: %s", (date) => {
    expect(isBankHoliday(calendarDate(date))).toBe(true);
  });

  it.each([
    ["2020-05-04", "the Monday the early May holiday left for VE Day"],
    ["2022-05-30", "the Monday the spring holiday left for the Jubilee"],
    ["2021-12-25", "Christmas Day 2021 itself, a Saturday"],
    ["2026-04-05", "Easter Sunday 2026, a Sunday like any other"],
    ["2026-04-02", "the Thursday before Easter 2026"],
  ])("%s is not a bank holiday: %s", (date) => {
    expect(isBankHoliday(calendarDate(date))).toBe(false);
  });

  it("lists 2022, the year with the most changes, exactly", () => {
    expect(holidaysIn(2022)).toEqual([
      "2022-01-03",
      "2022-04-15",
      "2022-04-18",
      "2022-05-02",
      "2022-06-02",
      "2022-06-03",
      "2022-08-29",
      "2022-09-19",
      "2022-12-26",
      "2022-12-27",
    ]);
  });

  it("is sorted, without repeats, and every entry is a real weekday inside the range it claims", () => {
    const sorted = [...new Set(ENGLAND_AND_WALES_BANK_HOLIDAYS)].sort();
    expect(ENGLAND_AND_WALES_BANK_HOLIDAYS).toEqual(sorted);
    for (const date of ENGLAND_AND_WALES_BANK_HOLIDAYS) {
      const day = calendarDate(date);
      expect(isWeekend(day)).toBe(false);
      expect(toDayNumber(day)).toBeGreaterThanOrEqual(toDayNumber(BANK_HOLIDAY_DATA_RANGE.first));
      expect(toDayNumber(day)).toBeLessThanOrEqual(toDayNumber(BANK_HOLIDAY_DATA_RANGE.last));
    }
  });

  it.each(YEARS)("has in %i the eight standing holidays, plus only the known one-offs", (year) => {
    const oneOffs: Record<number, number> = { 2022: 2, 2023: 1 };
    expect(holidaysIn(year)).toHaveLength(8 + (oneOffs[year] ?? 0));
  });

  it.each(YEARS)("has in %i a Good Friday and Easter Monday around a Sunday Easter can fall on", (year) => {
    const spring = holidaysIn(year).filter((date) => date < `${year}-05-01`);
    const goodFridays = spring.filter(
      (date) => weekdayOf(date) === 5 && spring.includes(addCalendarDays(calendarDate(date), 3)),
    );
    expect(goodFridays).toHaveLength(1);
    // Easter Sunday is never before 22 March or after 25 April.
    const easterSunday = addCalendarDays(calendarDate(goodFridays[0] as string), 2);
    expect(easterSunday >= `${year}-03-22` && easterSunday <= `${year}-04-25`).toBe(true);
  });

  it.each(YEARS)("has in %i the summer holiday on the last Monday in August", (year) => {
    const summer = holidaysIn(year).filter((date) => date.startsWith(`${year}-08-`));
    expect(summer).toHaveLength(1);
    expect(weekdayOf(summer[0] as string)).toBe(1);
    expect(addCalendarDays(calendarDate(summer[0] as string), 7).slice(5, 7)).toBe("09");
  });

  it.each(YEARS)("has in %i one New Year holiday and two at Christmas, each on the day or just after", (year) => {
    expect(holidaysIn(year).filter((date) => date >= `${year}-01-01` && date <= `${year}-01-03`)).toHaveLength(1);
    expect(holidaysIn(year).filter((date) => date >= `${year}-12-25` && date <= `${year}-12-28`)).toHaveLength(2);
  });

  it.each(["2014-12-31", "2036-01-01"])("refuses to guess about %s, outside the data", (date) => {
    const asking = () => isBankHoliday(calendarDate(date));
    expect(asking).toThrow(OutsideBankHolidayDataError);
    expect(asking).toThrow(expect.objectContaining({ code: "OUTSIDE_BANK_HOLIDAY_DATA", date }));
    expect(asking).toThrow(/2015-01-01 to 2035-12-31/);
  });

  it("answers on the first and last days of the data", () => {
    expect(isBankHoliday(BANK_HOLIDAY_DATA_RANGE.first)).toBe(true);
    expect(isBankHoliday(BANK_HOLIDAY_DATA_RANGE.last)).toBe(false);
  });
});
