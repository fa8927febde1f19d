import fc from "fast-check";
import { calendarDateBetween } from "../../testing/test-calendar-dates";
import {
  addCalendarDays,
  addCalendarMonths,
  calendarDate,
  fromDayNumber,
  InvalidCalendarDateError,
  isWeekend,
  toDayNumber,
} from "./calendar-date";

const anyModernDay = calendarDateBetween("1900-01-01", "2100-12-31");

function monthsSinceYearZero(date: string): number {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}

describe("calendar dates", () => {
  it("accepts days that exist, 29 February in a leap year among them", () => {
    expect(calendarDate("2024-02-29")).toBe("2024-02-29");
    expect(calendarDate("2000-02-29")).toBe("2000-02-29");
  });

  const notDays = ["2023-02-29", "1900-02-29", "2025-04-31", "2025-13-01", "2025-00-10", "2025-01-00", "2025-1-01", ""];
  it.each([...notDays, "1 May 2025"])("refuses %j with a typed error", (text) => {
    expect(() => calendarDate(text)).toThrow(InvalidCalendarDateError);
    expect(() => calendarDate(text)).toThrow(expect.objectContaining({ code: "INVALID_CALENDAR_DATE" }));
  });

  it("numbers days from 1970-01-01 and back again", () => {
    expect(toDayNumber(calendarDate("1970-01-01"))).toBe(0);
    expect(toDayNumber(calendarDate("2026-04-02"))).toBe(20545);
    fc.assert(
      fc.property(fc.integer({ min: -500_000, max: 2_900_000 }), (dayNumber) => {
        const date = fromDayNumber(dayNumber);
        expect(calendarDate(date)).toBe(date);
        expect(toDayNumber(date)).toBe(dayNumber);
      }),
    );
  });

  it("adds days across the end of a month, a year and a leap day", () => {
    expect(addCalendarDays(calendarDate("2024-02-28"), 1)).toBe("2024-02-29");
    expect(addCalendarDays(calendarDate("2025-02-28"), 1)).toBe("2025-03-01");
    expect(addCalendarDays(calendarDate("2026-12-31"), 1)).toBe("2027-01-01");
    expect(addCalendarDays(calendarDate("2026-03-29"), -1)).toBe("2026-03-28");
  });

  it("knows Saturdays and Sundays, whatever the clocks do that weekend", () => {
    // The clocks went forward on Sunday 29 March 2026 and back on Sunday 25 October 2026.
    const aroundTheChange = ["2026-03-27", "2026-03-28", "2026-03-29", "2026-03-30"].map(calendarDate);
    expect(aroundTheChange.map(isWeekend)).toEqual([false, true, true, false]);
    expect(isWeekend(calendarDate("2026-10-25"))).toBe(true);
    fc.assert(
      fc.property(anyModernDay, (start) => {
        const week = [0, 1, 2, 3, 4, 5, 6].map((offset) => addCalendarDays(start, offset));
        expect(week.filter(isWeekend)).toHaveLength(2);
      }),
    );
  });

  describe("adding calendar months", () => {
    it.each([
      ["2025-08-31", 6, "2026-02-28"],
      ["2023-08-31", 6, "2024-02-29"],
      ["2024-02-29", 6, "2024-08-29"],
      ["2024-02-29", 3, "2024-05-29"],
      ["2024-11-30", 3, "2025-02-28"],
      ["2025-03-31", 3, "2025-06-30"],
      ["2025-10-15", 3, "2026-01-15"],
      ["2025-12-31", 6, "2026-06-30"],
    ])("%s + %i months is %s", (from, months, expected) => {
      expect(addCalendarMonths(calendarDate(from), months)).toBe(expected);
    });

    it("lands in exactly the month asked for, never spilling into the next", () => {
      fc.assert(
        fc.property(anyModernDay, fc.integer({ min: 1, max: 120 }), (from, months) => {
          const to = addCalendarMonths(from, months);
          expect(monthsSinceYearZero(to)).toBe(monthsSinceYearZero(from) + months);
        }),
      );
    });

    it("keeps the day of the month, or takes the last day of a shorter month", () => {
      fc.assert(
        fc.property(anyModernDay, fc.integer({ min: 1, max: 120 }), (from, months) => {
          const to = addCalendarMonths(from, months);
          const fromDay = Number(from.slice(8));
          const toDay = Number(to.slice(8));
          if (toDay === fromDay) return;
          expect(toDay).toBeLessThan(fromDay);
          expect(addCalendarDays(to, 1).slice(8)).toBe("01");
        }),
      );
    });

    it("always moves forward when adding", () => {
      fc.assert(
        fc.property(anyModernDay, fc.integer({ min: 1, max: 120 }), (from, months) => {
          expect(toDayNumber(addCalendarMonths(from, months))).toBeGreaterThan(toDayNumber(from));
        }),
      );
    });
  });
});
