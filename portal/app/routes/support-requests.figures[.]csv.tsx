import type { LoaderFunctionArgs } from "@remix-run/node";
import { figuresCsv, figuresFilename } from "~/support-requests/figures-csv";
import { londonDay } from "~/format/london-time";
import { periodFrom } from "~/support-requests/figures-period";
import { coordinatorPage, loadSupportFigures } from "~/support-requests/support-requests.server";

/** The figures page's figures as a CSV file: a resource route, so it answers with the file alone. */
export async function loader({ request }: LoaderFunctionArgs) {
  await coordinatorPage(request);
  const { period } = periodFrom(new URL(request.url).searchParams, londonDay(new Date()));
  const outcome = period ? await loadSupportFigures(request, period) : null;
  if (!outcome?.ok) throw new Response(null, { status: 400 });
  return new Response(figuresCsv(outcome.figures), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${figuresFilename(outcome.figures)}"`,
      "Cache-Control": "no-store",
    },
  });
}
