import { formatDate, formatDay, formatTime } from "./dates";

describe("dates for people", () => {
  it("reads a date as day, month in words and year", () => {
    expect(formatDate("2026-03-12T16:00:00Z")).toBe("Thursday 12 March 2026");
  });

  it("uses the London date, not the UTC one", () => {
    expect(formatDate("2026-07-31T23:30:00Z")).toBe("Saturday 1 August 2026");
  });

  it("gives times on the 12-hour clock in London time", () => {
    expect(formatTime("2026-01-15T16:00:00Z")).toBe("4pm");
    expect(formatTime("2026-07-15T15:30:00Z")).toBe("4:30pm");
    expect(formatTime("2026-07-15T09:05:00Z")).toBe("10:05am");
  });
});

describe("a day with no time", () => {
  it("reads as that day, whether it falls in summer or winter", () => {
    expect(formatDay("2026-03-29")).toBe("Sunday 29 March 2026");
    expect(formatDay("2026-10-25")).toBe("Sunday 25 October 2026");
    expect(formatDay("2026-12-31")).toBe("Thursday 31 December 2026");
  });
});
