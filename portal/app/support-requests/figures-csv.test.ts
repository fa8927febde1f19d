import { figuresCsv, figuresFilename, type Figures } from "./figures-csv";

const FIGURES: Figures = {
  from: "2026-01-01",
  to: "2026-06-30",
  quarters: [
    { startsOn: "2026-01-01", endsOn: "2026-03-31", youngPeopleWithAdvocate: 2 },
    { startsOn: "2026-04-01", endsOn: "2026-06-30", youngPeopleWithAdvocate: 3 },
  ],
  independentVisitorsMatched: 14,
  independentVisitorsWaiting: 5,
  allocatedInPeriod: 7,
  medianDaysToAdvocate: 6,
  medianDaysToIndependentVisitor: null,
};

describe("the figures as CSV", () => {
  it("holds the quarters, then one measure a row, with nothing where there is no median", () => {
    expect(figuresCsv(FIGURES).split("\r\n")).toEqual([
      "Quarter from,Quarter to,Young people with an advocate",
      "2026-01-01,2026-03-31,2",
      "2026-04-01,2026-06-30,3",
      "",
      "Measure,Value",
      "Matched with an Independent Visitor on 2026-06-30,14",
      "Waiting for an Independent Visitor on 2026-06-30,5",
      "Allocated or matched from 2026-01-01 to 2026-06-30,7",
      "Median days from asking to an advocate,6",
      "Median days from asking to an Independent Visitor,",
      "",
    ]);
  });

  it("is named after its period", () => {
    expect(figuresFilename(FIGURES)).toBe("advocacy-and-independent-visitors-2026-01-01-to-2026-06-30.csv");
  });
});
