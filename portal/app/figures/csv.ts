/** One cell of a CSV file; null is an empty cell (a figure there is none of, such as a median of nothing). */
export type CsvCell = string | number | null;
/** A row of cells; an empty row is the blank line between one table and the next. */
export type CsvRow = readonly CsvCell[];

/** A cell quoted when it holds a comma, a quote or a line break, and never read as a formula by a spreadsheet. */
export function csvCell(value: CsvCell): string {
  const text = value === null ? "" : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Tables as one CSV text, row after row, each line ended by CRLF as RFC 4180 asks. */
export const csvText = (rows: readonly CsvRow[]): string => rows.map((row) => `${row.map(csvCell).join(",")}\r\n`).join("");
