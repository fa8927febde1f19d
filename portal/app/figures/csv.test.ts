import { csvCell, csvText } from "./csv";

describe("a CSV file of figures", () => {
  it("writes cells as they are, numbers as figures and nothing as an empty cell", () => {
    expect([csvCell("Parent"), csvCell(67), csvCell(0), csvCell(null), csvCell("")]).toEqual(["Parent", "67", "0", "", ""]);
  });

  it("quotes a cell with a comma, a quote or a line break, doubling its quotes", () => {
    expect([csvCell("a, b"), csvCell('say "yes"'), csvCell("one\ntwo"), csvCell("one\r\ntwo")]).toEqual(['"a, b"', '"say ""yes"""', '"one\ntwo"', '"one\r\ntwo"']);
  });

  it("keeps a cell a spreadsheet would run as a formula as text", () => {
    expect(["=SUM(A1)", "+1", "-1", "@cmd", "\tx"].map(csvCell)).toEqual(["'=SUM(A1)", "'+1", "'-1", "'@cmd", "'\tx"]);
    expect(csvCell('=HYPERLINK("x", "y")')).toBe(`"'=HYPERLINK(""x"", ""y"")"`);
  });

  it("puts tables one after another, a blank line between, each line ended by CRLF", () => {
    expect(csvText([["Kind", "How many"], ["Parent", 3], [], ["Measure", "Value"], ["Median", null]])).toBe("Kind,How many\r\nParent,3\r\n\r\nMeasure,Value\r\nMedian,\r\n");
  });
});
