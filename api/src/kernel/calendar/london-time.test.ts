import { atLondonTime, londonDateAfter } from "./london-time";

describe("London time", () => {
  it("reads a winter time as GMT", () => {
    expect(atLondonTime("2026-01-15", "16:00").toISOString()).toBe("2026-01-15T16:00:00.000Z");
  });

  it("reads a summer time as BST, an hour ahead of UTC", () => {
    expect(atLondonTime("2026-07-15", "16:00").toISOString()).toBe("2026-07-15T15:00:00.000Z");
  });

  it("counts calendar days in London, not in UTC", () => {
    // 23:30 UTC on 31 July is already 1 August in London.
    expect(londonDateAfter(new Date("2026-07-31T23:30:00Z"), 0)).toBe("2026-08-01");
    expect(londonDateAfter(new Date("2026-12-31T12:00:00Z"), 1)).toBe("2027-01-01");
  });
});
