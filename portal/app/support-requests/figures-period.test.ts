import { defaultPeriod, periodFrom } from "./figures-period";

const TODAY = "2026-05-14";
const search = (query: string) => new URLSearchParams(query);

describe("the figures' period", () => {
  it("is the last four quarters to today when none is asked for", () => {
    expect(defaultPeriod(TODAY)).toEqual({ from: "2025-04-01", to: TODAY });
    expect(defaultPeriod("2026-01-01")).toEqual({ from: "2025-01-01", to: "2026-01-01" });
    expect(periodFrom(search(""), TODAY)).toEqual({
      period: { from: "2025-04-01", to: TODAY },
      form: { from: { day: "1", month: "4", year: "2025" }, to: { day: "14", month: "5", year: "2026" } },
      errors: [],
    });
  });

  it("is read from the form's boxes, or from the CSV link's dates", () => {
    expect(periodFrom(search("from-day=1&from-month=1&from-year=2026&to-day=30&to-month=6&to-year=2026"), TODAY).period).toEqual({ from: "2026-01-01", to: "2026-06-30" });
    expect(periodFrom(search("from=2026-01-01&to=2026-03-31"), TODAY).period).toEqual({ from: "2026-01-01", to: "2026-03-31" });
  });

  it("keeps boxes that make no date, with an error for each", () => {
    const { period, form, errors } = periodFrom(search("from-day=30&from-month=2&from-year=2026&to-day=&to-month=6&to-year=2026"), TODAY);
    expect(period).toBeNull();
    expect(form.from).toEqual({ day: "30", month: "2", year: "2026" });
    expect(errors).toEqual([
      { field: "from", message: "Enter the first day as a real date" },
      { field: "to", message: "Enter the last day as a real date" },
    ]);
  });
});
