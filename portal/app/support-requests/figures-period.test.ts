import { defaultPeriod, periodFrom } from "./figures-period";

const TODAY = "2026-05-14";

describe("the support figures' period", () => {
  it("is the last four quarters to today when none is asked for", () => {
    expect(defaultPeriod(TODAY)).toEqual({ from: "2025-04-01", to: TODAY });
    expect(defaultPeriod("2026-01-01")).toEqual({ from: "2025-01-01", to: "2026-01-01" });
    expect(periodFrom(new URLSearchParams(""), TODAY)).toEqual({
      range: { from: "2025-04-01", to: TODAY },
      form: { from: { day: "1", month: "4", year: "2025" }, to: { day: "14", month: "5", year: "2026" } },
      errors: [],
    });
  });

  it("is the one asked for when there is one", () => {
    expect(periodFrom(new URLSearchParams("from=2026-01-01&to=2026-03-31"), TODAY).range).toEqual({ from: "2026-01-01", to: "2026-03-31" });
  });
});
