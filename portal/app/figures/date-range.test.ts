import { dateBoxAnchor, dateRangeFrom, rangeQuery } from "./date-range";

const FALLBACK = { from: "2026-02-12", to: "2026-05-14" };
const asked = (query: string) => dateRangeFrom(new URLSearchParams(query), FALLBACK);

describe("a figures page's date range", () => {
  it("is the page's default, in the boxes too, when none is asked for", () => {
    expect(asked("")).toEqual({
      range: FALLBACK,
      form: { from: { day: "12", month: "2", year: "2026" }, to: { day: "14", month: "5", year: "2026" } },
      errors: [],
    });
  });

  it("is read from the form's boxes, or from a CSV link's dates", () => {
    expect(asked("from-day=1&from-month=1&from-year=2026&to-day=30&to-month=6&to-year=2026").range).toEqual({ from: "2026-01-01", to: "2026-06-30" });
    expect(asked("from=2026-01-01&to=2026-03-31").range).toEqual({ from: "2026-01-01", to: "2026-03-31" });
  });

  it("falls back to the default for a link's date that is no day", () => {
    expect(asked("from=2026-02-30&to=2026-13-01").range).toEqual(FALLBACK);
  });

  it("keeps boxes that make no date as typed, with an error for each leading to its day box", () => {
    const { range, form, errors } = asked("from-day=30&from-month=2&from-year=2026&to-day=&to-month=6&to-year=2026");
    expect(range).toBeNull();
    expect(form).toEqual({ from: { day: "30", month: "2", year: "2026" }, to: { day: "", month: "6", year: "2026" } });
    expect(errors).toEqual([
      { field: "from-day", message: "Enter the first day as a real date" },
      { field: "to-day", message: "Enter the last day as a real date" },
    ]);
  });

  it("refuses a year of fewer than four figures", () => {
    expect(asked("from-day=1&from-month=1&from-year=26&to-day=1&to-month=2&to-year=2026").errors.map((error) => error.field)).toEqual(["from-day"]);
  });

  it("leads an error about either day to its day box, and any other where it was", () => {
    expect(["from", "to", "iroPersonId"].map(dateBoxAnchor)).toEqual(["from-day", "to-day", "iroPersonId"]);
  });

  it("goes into a CSV link with the page's own filters, leaving out those not chosen", () => {
    expect(rangeQuery({ from: "2026-01-01", to: "2026-03-31" }, { iro: "abc", other: "" })).toBe("from=2026-01-01&to=2026-03-31&iro=abc");
  });
});
