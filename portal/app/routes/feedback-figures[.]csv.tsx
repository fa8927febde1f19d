import type { LoaderFunctionArgs } from "@remix-run/node";
import { figuresCsv, figuresFilename } from "~/feedback/figures";
import { askedFor, loadFigures } from "~/feedback/figures.server";
import { csvDownload } from "~/figures/csv-download.server";
import { notFoundIfRefused } from "~/graphql/not-found.server";
import { asSignedIn } from "~/session/signed-in.server";

/** The manager's figures as a CSV download, the same as the page shows for the same address. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { range, figures } = await asSignedIn(request, (options) => loadFigures(askedFor(new URL(request.url)), options)).catch(notFoundIfRefused);
  return csvDownload(figures && range ? { filename: figuresFilename(range), csv: figuresCsv(figures, range) } : null);
}
