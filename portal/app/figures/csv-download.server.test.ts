import { csvDownload } from "./csv-download.server";

describe("a figures page's CSV download", () => {
  it("is the file, as an attachment named for what it holds, never cached", async () => {
    const response = csvDownload({ filename: "feedback-2026-01-01-to-2026-03-31.csv", csv: "a,b\r\n" });
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toEqual({
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": 'attachment; filename="feedback-2026-01-01-to-2026-03-31.csv"',
      "cache-control": "no-store",
    });
    await expect(response.text()).resolves.toBe("a,b\r\n");
  });

  it("names the file with safe characters only, so no name can break out of its quotes", () => {
    expect(csvDownload({ filename: 'a"; b.csv', csv: "" }).headers.get("content-disposition")).toBe('attachment; filename="a---b.csv"');
  });

  it("answers 400 when the address asks for figures that could not be counted", () => {
    let thrown: unknown;
    try {
      csvDownload(null);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Response);
    expect((thrown as Response).status).toBe(400);
  });
});
