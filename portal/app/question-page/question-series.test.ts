import { pathAfter, pathBefore, progressOf, type QuestionSeries } from "./question-series";

const SERIES: QuestionSeries<"where" | "when" | "who"> = {
  ids: ["where", "when", "who"],
  path: (id) => `/questions/${id}`,
  start: "/start",
  checkAnswers: "/check",
};

describe("a series of question pages", () => {
  it("goes on one question after another, then to checking the answers", () => {
    expect(pathAfter(SERIES, "where")).toBe("/questions/when");
    expect(pathAfter(SERIES, "who")).toBe("/check");
  });

  it("goes back one question at a time, then to the start", () => {
    expect(pathBefore(SERIES, "who")).toBe("/questions/when");
    expect(pathBefore(SERIES, "where")).toBe("/start");
  });

  it("goes back where a change began, either way", () => {
    expect(pathAfter(SERIES, "where", "/check")).toBe("/check");
    expect(pathBefore(SERIES, "when", "/check")).toBe("/check");
  });

  it("says where each question is in the series", () => {
    expect(progressOf(SERIES, "when")).toEqual({ number: 2, total: 3 });
  });
});
