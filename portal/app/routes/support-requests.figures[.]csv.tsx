import type { LoaderFunctionArgs } from "@remix-run/node";
import { csvDownload } from "~/figures/csv-download.server";
import { londonDay } from "~/format/london-time";
import { figuresCsv, figuresFilename } from "~/support-requests/figures-csv";
import { periodFrom } from "~/support-requests/figures-period";
import { coordinatorPage, loadSupportFigures } from "~/support-requests/support-requests.server";

/** The figures page's figures as a CSV file: a resource route, so it answers with the file alone. */
export async function loader({ request }: LoaderFunctionArgs) {
  await coordinatorPage(request);
  const { range } = periodFrom(new URL(request.url).searchParams, londonDay(new Date()));
  const outcome = range ? await loadSupportFigures(request, range) : null;
  return csvDownload(outcome?.ok ? { filename: figuresFilename(outcome.figures), csv: figuresCsv(outcome.figures) } : null);
}
