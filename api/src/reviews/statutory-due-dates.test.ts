import fc from "fast-check";
import { calendarDateBetween } from "../testing/test-calendar-dates";
import { OutsideBankHolidayDataError } from "../kernel/calendar/bank-holidays";
import { addCalendarDays, calendarDate, type CalendarDate, toDayNumber } from "../kernel/calendar/calendar-date";
import { dueDateFor, isOnTime, ReviewBeforePeriodStartError } from "./statutory-due-dates";
import { isWorkingDay, workingDaysBetween } from "../kernel/calendar/working-days";

const day = calendarDate;
const periodStartWithRoomAfter = calendarDateBetween("2015-01-01", "2034-12-31");
/** Reviews of a period of care: up to six, each on or after the day the period started, in no particular order. */
const reviewOffsetsInDays = fc.array(fc.integer({ min: 0, max: 3650 }), { maxLength: 6 });

function monthsSinceYearZero(date: CalendarDate): number {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}

describe("statutory review due dates", () => {
  describe("the first review", () => {
    it("is due 20 working days after a period of care starts, skipping Easter and the early May holiday", () => {
      expect(dueDateFor({ periodStart: day("2026-04-02"), previousReviews: [] })).toEqual({
        sequence: "FIRST",
        countedFrom: "2026-04-02",
        dueOn: "2026-05-05",
      });
    });

    it("skips Christmas, Boxing Day and New Year's Day", () => {
      expect(dueDateFor({ periodStart: day("2026-12-24"), previousReviews: [] }).dueOn).toBe("2027-01-26");
    });

    it("is always the 20th working day after the start", () => {
      fc.assert(
        fc.property(periodStartWithRoomAfter, (periodStart) => {
          const { dueOn } = dueDateFor({ periodStart, previousReviews: [] });
          expect(isWorkingDay(dueOn)).toBe(true);
          expect(workingDaysBetween(periodStart, dueOn)).toBe(20);
        }),
      );
    });

    it.each([
      ["2014-12-20", "before the bank holiday data begins"],
      ["2035-12-20", "so late that the 20th working day would fall after the data ends"],
    ])("cannot be worked out for a period starting on %s, %s", (start) => {
      const asking = () => dueDateFor({ periodStart: day(start), previousReviews: [] });
      expect(asking).toThrow(OutsideBankHolidayDataError);
      expect(asking).toThrow(/only known from 2015-01-01 to 2035-12-31/);
    });
  });

  describe("the second review", () => {
    it("is due 3 months after the first, even when that day is a bank holiday", () => {
      expect(dueDateFor({ periodStart: day("2025-09-01"), previousReviews: [day("2025-09-26")] })).toEqual({
        sequence: "SECOND",
        countedFrom: "2025-09-26",
        dueOn: "2025-12-26",
      });
    });

    it("is due on 29 May after a first review on 29 February 2024", () => {
      expect(dueDateFor({ periodStart: day("2024-02-01"), previousReviews: [day("2024-02-29")] }).dueOn).toBe(
        "2024-05-29",
      );
    });

    it("is due on the last day of February after a first review on 30 November", () => {
      expect(dueDateFor({ periodStart: day("2024-11-01"), previousReviews: [day("2024-11-30")] }).dueOn).toBe(
        "2025-02-28",
      );
    });
  });

  describe("later reviews", () => {
    it("are due 6 months after the previous one, counted from when it was held", () => {
      expect(
        dueDateFor({ periodStart: day("2025-01-06"), previousReviews: [day("2025-01-30"), day("2025-05-12")] }),
      ).toEqual({ sequence: "SUBSEQUENT", countedFrom: "2025-05-12", dueOn: "2025-11-12" });
    });

    it("fall due on 28 February, or 29 in a leap year, 6 months after 31 August", () => {
      const after31August = (year: number) => {
        const previousReviews = [day(`${year}-05-20`), day(`${year}-08-31`)];
        return dueDateFor({ periodStart: day(`${year}-05-01`), previousReviews });
      };
      expect(after31August(2025).dueOn).toBe("2026-02-28");
      expect(after31August(2023).dueOn).toBe("2024-02-29");
    });

    it("fall due on 29 August, 6 months after a review on 29 February 2024", () => {
      const previousReviews = [day("2023-11-20"), day("2024-02-29")];
      expect(dueDateFor({ periodStart: day("2023-06-01"), previousReviews }).dueOn).toBe("2024-08-29");
    });

    it("count from the latest review, whatever order the reviews are given in", () => {
      const reviews = [day("2025-05-12"), day("2025-11-03"), day("2025-01-30")];
      expect(dueDateFor({ periodStart: day("2025-01-06"), previousReviews: reviews })).toEqual({
        sequence: "SUBSEQUENT",
        countedFrom: "2025-11-03",
        dueOn: "2026-05-03",
      });
    });
  });

  it("refuses a review from before the period of care began: it belongs to an earlier period", () => {
    const asking = () => dueDateFor({ periodStart: day("2025-06-02"), previousReviews: [day("2025-03-14")] });
    expect(asking).toThrow(ReviewBeforePeriodStartError);
    expect(asking).toThrow(expect.objectContaining({ code: "REVIEW_BEFORE_PERIOD_START", heldOn: "2025-03-14" }));
  });

  it("names the review by how many this period has had: first, second, then subsequent", () => {
    fc.assert(
      fc.property(periodStartWithRoomAfter, reviewOffsetsInDays, (periodStart, offsets) => {
        const previousReviews = offsets.map((offset) => addCalendarDays(periodStart, offset));
        const expected = ["FIRST", "SECOND"][previousReviews.length] ?? "SUBSEQUENT";
        expect(dueDateFor({ periodStart, previousReviews }).sequence).toBe(expected);
      }),
    );
  });

  it("never falls due before the day it is counted from, nor before any review already held", () => {
    fc.assert(
      fc.property(periodStartWithRoomAfter, reviewOffsetsInDays, (periodStart, offsets) => {
        const previousReviews = offsets.map((offset) => addCalendarDays(periodStart, offset));
        const { countedFrom, dueOn } = dueDateFor({ periodStart, previousReviews });
        expect(toDayNumber(dueOn)).toBeGreaterThan(toDayNumber(countedFrom));
        for (const heldOn of [periodStart, ...previousReviews]) {
          expect(toDayNumber(dueOn)).toBeGreaterThan(toDayNumber(heldOn));
        }
      }),
    );
  });

  it("falls due in exactly the month 3 or 6 months on, never spilling into the next", () => {
    fc.assert(
      fc.property(periodStartWithRoomAfter, reviewOffsetsInDays, (periodStart, offsets) => {
        fc.pre(offsets.length > 0);
        const previousReviews = offsets.map((offset) => addCalendarDays(periodStart, offset));
        const { countedFrom, dueOn } = dueDateFor({ periodStart, previousReviews });
        const months = previousReviews.length === 1 ? 3 : 6;
        expect(monthsSinceYearZero(dueOn)).toBe(monthsSinceYearZero(countedFrom) + months);
      }),
    );
  });

  describe("on time", () => {
    it("is a review held on or before its due date, and not one held a day later", () => {
      expect(isOnTime(day("2026-05-04"), day("2026-05-05"))).toBe(true);
      expect(isOnTime(day("2026-05-05"), day("2026-05-05"))).toBe(true);
      expect(isOnTime(day("2026-05-06"), day("2026-05-05"))).toBe(false);
    });

    it("holds for every day up to the due date and fails for every day after it", () => {
      fc.assert(
        fc.property(calendarDateBetween("2015-01-01", "2035-12-31"), fc.nat({ max: 400 }), (dueOn, days) => {
          expect(isOnTime(addCalendarDays(dueOn, -days), dueOn)).toBe(true);
          expect(isOnTime(addCalendarDays(dueOn, days + 1), dueOn)).toBe(false);
        }),
      );
    });

    it("is met by a review held on the due date the rules give", () => {
      fc.assert(
        fc.property(periodStartWithRoomAfter, reviewOffsetsInDays, (periodStart, offsets) => {
          const previousReviews = offsets.map((offset) => addCalendarDays(periodStart, offset));
          const { dueOn } = dueDateFor({ periodStart, previousReviews });
          expect(isOnTime(dueOn, dueOn)).toBe(true);
          expect(isOnTime(addCalendarDays(dueOn, 1), dueOn)).toBe(false);
        }),
      );
    });
  });
});
