/** A CSV file for a resource route to answer with: what was counted, and the name it is saved under. */
export type CsvFile = { filename: string; csv: string };

/**
 * The answer of a figures page's CSV route: the file as a download, never kept by a cache as it holds what only
 * the signed-in person may read. Without a file (the address asks for figures that could not be counted) the
 * request was bad.
 */
export function csvDownload(file: CsvFile | null): Response {
  if (!file) throw new Response(null, { status: 400 });
  return new Response(file.csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${file.filename.replace(/[^A-Za-z0-9._-]/g, "-")}"`,
      "Cache-Control": "no-store",
    },
  });
}
