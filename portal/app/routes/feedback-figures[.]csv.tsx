import type { LoaderFunctionArgs } from "@remix-run/node";
import { figuresCsv, figuresFilename } from "~/feedback/figures";
import { askedFor, everySharedComment, loadFigures } from "~/feedback/figures.server";
import { csvDownload } from "~/figures/csv-download.server";
import { notFoundIfRefused } from "~/graphql/not-found.server";
import { asSignedIn } from "~/session/signed-in.server";

/** The manager's figures as a CSV download, the same as the page shows for the same address, with every shared comment. */
export async function loader({ request }: LoaderFunctionArgs) {
  const download = await asSignedIn(request, async (options) => {
    // The whole range's comments, from the newest, whichever page of them the address was on.
    const page = await loadFigures({ ...askedFor(new URL(request.url)), commentsAfter: "" }, options);
    const { range, figures } = page;
    if (!range || !figures) return null;
    return { filename: figuresFilename(range), csv: figuresCsv(figures, await everySharedComment({ ...page, range, figures }, options), range) };
  }).catch(notFoundIfRefused);
  return csvDownload(download);
}
