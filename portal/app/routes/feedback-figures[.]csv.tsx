import type { LoaderFunctionArgs } from "@remix-run/node";
import { figuresCsv } from "~/feedback/figures";
import { loadFigures, rangeFrom } from "~/feedback/figures.server";
import { notFoundIfRefused } from "~/graphql/not-found.server";
import { asSignedIn } from "~/session/signed-in.server";

/** The manager's figures as a CSV download, the same as the page shows for the same address. */
export async function loader({ request }: LoaderFunctionArgs) {
  const range = rangeFrom(new URL(request.url));
  const { figures } = await asSignedIn(request, (options) => loadFigures(range, options)).catch(notFoundIfRefused);
  if (!figures) throw new Response(null, { status: 400 });
  return new Response(figuresCsv(figures, range), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="feedback-${range.from}-to-${range.to}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
