import fc from "fast-check";
import { calendarDateBetween, dayWithBankHolidayData } from "../../testing/test-calendar-dates";
import { OutsideBankHolidayDataError } from "./bank-holidays";
import { addCalendarDays, calendarDate, toDayNumber } from "./calendar-date";
import { addWorkingDays, isWorkingDay, workingDaysBetween } from "./working-days";

const day = calendarDate;
/** Far enough from the end of the data that adding two years of working days stays inside it. */
const dayWithRoomAfter = calendarDateBetween("2015-01-01", "2033-06-30");
const upToAYearOfWorkingDays = fc.integer({ min: 1, max: 260 });

describe("working days", () => {
  it("are Monday to Friday, without bank holidays", () => {
    const easter2026 = ["2026-04-02", "2026-04-03", "2026-04-04", "2026-04-05", "2026-04-06", "2026-04-07"];
    expect(easter2026.map((date) => isWorkingDay(day(date)))).toEqual([true, false, false, false, false, true]);
  });

  describe("adding", () => {
    it("skips Good Friday and Easter Monday after the Thursday before Easter", () => {
      expect(addWorkingDays(day("2026-04-02"), 1)).toBe("2026-04-07");
      // 20 working days: the rest of April, 1 May, then the early May holiday on Monday 4 May is skipped too.
      expect(addWorkingDays(day("2026-04-02"), 20)).toBe("2026-05-05");
    });

    it("skips Christmas, the substitute Boxing Day and New Year's Day", () => {
      expect(addWorkingDays(day("2026-12-24"), 1)).toBe("2026-12-29");
      expect(addWorkingDays(day("2026-12-24"), 4)).toBe("2027-01-04");
      expect(addWorkingDays(day("2026-12-24"), 20)).toBe("2027-01-26");
      // Christmas 2021 fell on a Saturday: Monday 27 and Tuesday 28 December were the holidays.
      expect(addWorkingDays(day("2021-12-24"), 1)).toBe("2021-12-29");
    });

    it("counts from the next working day when starting at a weekend", () => {
      expect(addWorkingDays(day("2026-01-03"), 1)).toBe("2026-01-05");
      expect(addWorkingDays(day("2026-01-04"), 5)).toBe("2026-01-09");
    });

    it.each([0, -1, 1.5, Number.NaN])("refuses to add %p working days", (count) => {
      expect(() => addWorkingDays(day("2026-01-05"), count)).toThrow(RangeError);
    });

    it("always lands on a working day after the start", () => {
      fc.assert(
        fc.property(dayWithRoomAfter, upToAYearOfWorkingDays, (start, count) => {
          const end = addWorkingDays(start, count);
          expect(isWorkingDay(end)).toBe(true);
          expect(toDayNumber(end)).toBeGreaterThan(toDayNumber(start));
        }),
      );
    });

    it("is undone by counting back: exactly n working days lie after the start, up to the answer", () => {
      fc.assert(
        fc.property(dayWithRoomAfter, upToAYearOfWorkingDays, (start, count) => {
          expect(workingDaysBetween(start, addWorkingDays(start, count))).toBe(count);
        }),
      );
    });

    it("adds in steps: n working days, then m more, is n + m working days", () => {
      fc.assert(
        fc.property(dayWithRoomAfter, upToAYearOfWorkingDays, upToAYearOfWorkingDays, (start, first, second) => {
          expect(addWorkingDays(addWorkingDays(start, first), second)).toBe(addWorkingDays(start, first + second));
        }),
      );
    });
  });

  describe("counting between two days", () => {
    it("counts the days after the first, up to and including the second", () => {
      expect(workingDaysBetween(day("2026-04-02"), day("2026-04-02"))).toBe(0);
      expect(workingDaysBetween(day("2026-04-02"), day("2026-04-07"))).toBe(1);
      expect(workingDaysBetween(day("2026-04-07"), day("2026-04-02"))).toBe(-1);
      expect(workingDaysBetween(day("2026-01-05"), day("2026-01-12"))).toBe(5);
    });

    it("agrees with checking each day in turn", () => {
      fc.assert(
        fc.property(dayWithRoomAfter, fc.integer({ min: 0, max: 60 }), (from, days) => {
          const following = Array.from({ length: days }, (_, index) => addCalendarDays(from, index + 1));
          const to = addCalendarDays(from, days);
          expect(workingDaysBetween(from, to)).toBe(following.filter(isWorkingDay).length);
        }),
      );
    });

    it("is additive, for days in any order", () => {
      fc.assert(
        fc.property(dayWithBankHolidayData, dayWithBankHolidayData, dayWithBankHolidayData, (a, b, c) => {
          expect(workingDaysBetween(a, b) + workingDaysBetween(b, c)).toBe(workingDaysBetween(a, c));
        }),
      );
    });
  });

  describe("outside the bank holiday data", () => {
    function expectOutsideTheData(act: () => unknown, date: string): void {
      expect(act).toThrow(OutsideBankHolidayDataError);
      expect(act).toThrow(expect.objectContaining({ code: "OUTSIDE_BANK_HOLIDAY_DATA", date }));
      expect(act).toThrow(/only known from 2015-01-01 to 2035-12-31/);
    }

    it("refuses a start before 2015 or after 2035", () => {
      expectOutsideTheData(() => addWorkingDays(day("2014-12-31"), 1), "2014-12-31");
      expectOutsideTheData(() => isWorkingDay(day("2036-01-02")), "2036-01-02");
      expectOutsideTheData(() => workingDaysBetween(day("2015-01-05"), day("2036-01-02")), "2036-01-02");
      expectOutsideTheData(() => workingDaysBetween(day("2014-12-31"), day("2015-01-05")), "2014-12-31");
    });

    it("refuses to count past the end of 2035 rather than guess at 2036", () => {
      expect(addWorkingDays(day("2035-12-28"), 1)).toBe("2035-12-31");
      expectOutsideTheData(() => addWorkingDays(day("2035-12-28"), 2), "2036-01-01");
    });
  });
});
