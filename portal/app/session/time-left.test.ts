import { spokenTimeLeft, timeLeft } from "./time-left";

describe("the time left before signing out", () => {
  it("is shown to the second, in words", () => {
    expect(timeLeft(120_000)).toBe("2 minutes");
    expect(timeLeft(119_001)).toBe("2 minutes");
    expect(timeLeft(65_000)).toBe("1 minute 5 seconds");
    expect(timeLeft(61_000)).toBe("1 minute 1 second");
    expect(timeLeft(59_000)).toBe("59 seconds");
    expect(timeLeft(1_000)).toBe("1 second");
    expect(timeLeft(-5_000)).toBe("0 seconds");
  });

  it("is spoken only every half minute, then every 10 seconds, rounded up", () => {
    expect([120_000, 100_000, 91_000, 90_000, 61_000, 45_000, 31_000].map(spokenTimeLeft)).toEqual([
      "2 minutes",
      "2 minutes",
      "2 minutes",
      "1 minute 30 seconds",
      "1 minute 30 seconds",
      "1 minute",
      "1 minute",
    ]);
    expect([30_000, 21_000, 20_000, 9_000].map(spokenTimeLeft)).toEqual(["30 seconds", "30 seconds", "20 seconds", "10 seconds"]);
  });
});
