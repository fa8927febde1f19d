import { londonDay, londonInstant, type LondonClock } from "./london-time";

const at = (year: number, month: number, day: number, hour: number, minute = 0): LondonClock => ({ year, month, day, hour, minute });
const iso = (clock: LondonClock) => londonInstant(clock)?.toISOString() ?? null;

describe("the instant a London clock time names", () => {
  it("is the same as UTC in winter", () => {
    expect(iso(at(2026, 1, 15, 16, 30))).toBe("2026-01-15T16:30:00.000Z");
  });

  it("is an hour before UTC's in summer time", () => {
    expect(iso(at(2026, 7, 15, 16, 30))).toBe("2026-07-15T15:30:00.000Z");
  });

  it("follows the clocks on the day they go forward, 29 March 2026", () => {
    expect(iso(at(2026, 3, 29, 0, 59))).toBe("2026-03-29T00:59:00.000Z");
    expect(iso(at(2026, 3, 29, 2, 0))).toBe("2026-03-29T01:00:00.000Z");
    expect(iso(at(2026, 3, 29, 16, 0))).toBe("2026-03-29T15:00:00.000Z");
  });

  it("refuses a time the clocks skip when they go forward: there is no 1:30am on 29 March 2026", () => {
    expect(londonInstant(at(2026, 3, 29, 1, 30))).toBeNull();
    expect(londonInstant(at(2026, 3, 29, 1, 0))).toBeNull();
    expect(londonInstant(at(2026, 3, 29, 1, 59))).toBeNull();
  });

  it("follows the clocks on the day they go back, 25 October 2026", () => {
    expect(iso(at(2026, 10, 25, 0, 30))).toBe("2026-10-24T23:30:00.000Z");
    expect(iso(at(2026, 10, 25, 2, 0))).toBe("2026-10-25T02:00:00.000Z");
    expect(iso(at(2026, 10, 25, 16, 0))).toBe("2026-10-25T16:00:00.000Z");
  });

  it("takes the first of the two 1:30ams on 25 October 2026, in summer time", () => {
    expect(iso(at(2026, 10, 25, 1, 30))).toBe("2026-10-25T00:30:00.000Z");
  });

  it("keeps to London's date around midnight in summer time", () => {
    expect(iso(at(2026, 8, 1, 0, 15))).toBe("2026-07-31T23:15:00.000Z");
  });

  it("refuses a day that does not exist", () => {
    expect(londonInstant(at(2026, 2, 29, 10))).toBeNull();
    expect(londonInstant(at(2026, 4, 31, 10))).toBeNull();
    expect(iso(at(2028, 2, 29, 10))).toBe("2028-02-29T10:00:00.000Z");
  });
});

describe("the day in London", () => {
  it("is the next day from 11pm UTC in summer time, and not in winter", () => {
    expect(londonDay(new Date("2026-07-31T23:30:00Z"))).toBe("2026-08-01");
    expect(londonDay(new Date("2026-12-31T23:30:00Z"))).toBe("2026-12-31");
  });
});
