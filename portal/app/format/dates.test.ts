import { clockTime, formatDate, formatDay, formatPlainDate, formatPlainDay, formatTime } from "./dates";

describe("dates for people", () => {
  it("reads a date as day, month in words and year", () => {
    expect(formatDate("2026-03-12T16:00:00Z")).toBe("Thursday 12 March 2026");
  });

  it("uses the London date, not the UTC one", () => {
    expect(formatDate("2026-07-31T23:30:00Z")).toBe("Saturday 1 August 2026");
  });

  it("reads a calendar day as that day, whatever the season", () => {
    expect(formatDay("2026-05-04")).toBe("Monday 4 May 2026");
    expect(formatDay("2026-12-31")).toBe("Thursday 31 December 2026");
  });

  it("leaves out the weekday for a header's date or a date of birth, still as the day falls in London", () => {
    expect(formatPlainDate("2026-07-31T23:30:00Z")).toBe("1 August 2026");
    expect(formatPlainDay("2013-03-12")).toBe("12 March 2013");
  });

  it("gives times on the 12-hour clock in London time", () => {
    expect(formatTime("2026-01-15T16:00:00Z")).toBe("4pm");
    expect(formatTime("2026-07-15T15:30:00Z")).toBe("4:30pm");
    expect(formatTime("2026-07-15T09:05:00Z")).toBe("10:05am");
  });

  it("says midnight and midday as 12am and 12pm", () => {
    expect(formatTime("2026-01-15T00:00:00Z")).toBe("12am");
    expect(formatTime("2026-07-15T11:15:00Z")).toBe("12:15pm");
    expect(clockTime(1, 30)).toBe("1:30am");
    expect(clockTime(23, 59)).toBe("11:59pm");
  });
});
