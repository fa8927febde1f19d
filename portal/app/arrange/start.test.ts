import { dateExample, readStart, type StartFields } from "./start";

const NOW = new Date("2026-01-10T12:00:00Z");
const typed = (day: string, month: string, year: string, time: string): StartFields => ({ day, month, year, time });
const startOf = (fields: StartFields, now = NOW) => {
  const read = readStart(fields, now);
  return "start" in read ? read.start.toISOString() : read.problems;
};

describe("a review's start, as the IRO types it", () => {
  it("is London time: the same as UTC in winter, an hour ahead in summer", () => {
    expect(startOf(typed("15", "1", "2026", "16:30"))).toBe("2026-01-15T16:30:00.000Z");
    expect(startOf(typed("15", "7", "2026", "16:30"))).toBe("2026-07-15T15:30:00.000Z");
  });

  it("follows the clocks on the days they change, 29 March and 25 October 2026", () => {
    expect(startOf(typed("29", "3", "2026", "10am"))).toBe("2026-03-29T09:00:00.000Z");
    expect(startOf(typed("28", "3", "2026", "10am"))).toBe("2026-03-28T10:00:00.000Z");
    expect(startOf(typed("25", "10", "2026", "10am"))).toBe("2026-10-25T10:00:00.000Z");
    expect(startOf(typed("24", "10", "2026", "10am"))).toBe("2026-10-24T09:00:00.000Z");
  });

  it("refuses 1:30am on 29 March 2026, which never happens in the UK, saying why", () => {
    expect(startOf(typed("29", "3", "2026", "01:30"))).toEqual([
      { parts: ["time"], message: "There is no 1:30am on Sunday 29 March 2026 in the UK: the clocks go forward an hour that night. Choose another time" },
    ]);
  });

  it("takes the times people write, on either clock", () => {
    const at = (time: string) => startOf(typed("15", "1", "2026", time));
    for (const time of ["16:30", "16.30", "4:30pm", "4.30 pm", "4:30 PM", "4.30p.m."]) expect(at(time)).toBe("2026-01-15T16:30:00.000Z");
    expect(at("4pm")).toBe("2026-01-15T16:00:00.000Z");
    expect(at("12pm")).toBe("2026-01-15T12:00:00.000Z");
    expect(at("12:15am")).toBe("2026-01-15T00:15:00.000Z");
    expect(at(" 09:05 ")).toBe("2026-01-15T09:05:00.000Z");
  });

  it("asks again for a time that could be morning or afternoon, or is no time at all", () => {
    for (const time of ["4", "16", "25:00", "16:60", "13pm", "0am", "half four"]) {
      expect(startOf(typed("15", "1", "2026", time))).toEqual([{ parts: ["time"], message: "Enter the start time like 4:30pm or 16:30" }]);
    }
  });

  it("takes a month by name, as GOV.UK asks", () => {
    expect(startOf(typed("15", "January", "2026", "16:30"))).toBe("2026-01-15T16:30:00.000Z");
    expect(startOf(typed("15", "jul", "2026", "16:30"))).toBe("2026-07-15T15:30:00.000Z");
  });

  it("says what is missing, pointing at the first box to fill", () => {
    expect(startOf(typed("", "", "", ""))).toEqual([
      { parts: ["day", "month", "year"], message: "Enter the date of the review" },
      { parts: ["time"], message: "Enter the start time of the review" },
    ]);
    expect(startOf(typed("15", "", "2026", "16:30"))).toEqual([{ parts: ["month"], message: "The date of the review must include a month" }]);
    expect(startOf(typed("", "1", "", "16:30"))).toEqual([{ parts: ["day", "year"], message: "The date of the review must include a day and year" }]);
  });

  it("refuses a date that does not exist, pointing at the box that is wrong", () => {
    expect(startOf(typed("29", "2", "2026", "16:30"))).toEqual([{ parts: ["day"], message: "The date of the review must be a real date" }]);
    expect(startOf(typed("12", "13", "2026", "16:30"))).toEqual([{ parts: ["month"], message: "The date of the review must be a real date" }]);
    expect(startOf(typed("12", "Smarch", "2026", "16:30"))).toEqual([{ parts: ["month"], message: "The date of the review must be a real date" }]);
    expect(startOf(typed("1st", "3", "2026", "16:30"))).toEqual([{ parts: ["day"], message: "The date of the review must be a real date" }]);
    expect(startOf(typed("12", "3", "26", "16:30"))).toEqual([{ parts: ["year"], message: "The year must include 4 numbers" }]);
  });

  it("refuses a start that has passed, or is now", () => {
    const past = [{ parts: ["day", "month", "year"], message: "The date and time of the review must be in the future" }];
    expect(startOf(typed("10", "1", "2026", "11:59"))).toEqual(past);
    expect(startOf(typed("10", "1", "2026", "12:00"))).toEqual(past);
    expect(startOf(typed("10", "1", "2026", "12:01"))).toBe("2026-01-10T12:01:00.000Z");
  });
});

describe("the example in the date's hint", () => {
  it("is four weeks ahead, as the boxes take it, so it is never in the past", () => {
    expect(dateExample(NOW)).toBe("7 2 2026");
  });
});
