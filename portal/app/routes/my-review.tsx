import type { LoaderFunctionArgs } from "@remix-run/node";
import { Outlet } from "@remix-run/react";
import { youngPersonPage } from "~/session/page-for.server";

/** A young person's choices about their review are their own pages: anyone else gets "Page not found". */
export const loader = ({ request }: LoaderFunctionArgs) => youngPersonPage(request);

export default function MyReviewPages() {
  return <Outlet />;
}
