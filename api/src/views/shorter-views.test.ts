import { calendarDate } from "../kernel/calendar/calendar-date";
import { ageOn } from "../kernel/calendar/age";
import { suggestsShorterViews } from "./shorter-views";

const age = (born: string, today: string) => ageOn(calendarDate(born), calendarDate(today));

describe("the shorter questions", () => {
  it("count a birthday as reached on the day itself, not the day before", () => {
    expect(age("2015-06-01", "2026-05-31")).toBe(10);
    expect(age("2015-06-01", "2026-06-01")).toBe(11);
  });

  it("make someone born on 29 February a year older on 1 March when the year has no 29th", () => {
    expect(age("2016-02-29", "2027-02-28")).toBe(10);
    expect(age("2016-02-29", "2027-03-01")).toBe(11);
    expect(age("2016-02-29", "2028-02-29")).toBe(12);
  });

  it("are suggested to children under 11, by the date in London rather than in UTC", () => {
    // 23:30 UTC on 31 May 2026 is already 1 June in London (British Summer Time): the eleventh birthday.
    const lateEvening = new Date("2026-05-31T23:30:00Z");
    expect(suggestsShorterViews("2015-06-01", lateEvening)).toBe(false);
    expect(suggestsShorterViews("2015-06-02", lateEvening)).toBe(true);
    expect(suggestsShorterViews("2009-01-01", lateEvening)).toBe(false);
  });
});
