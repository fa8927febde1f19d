import type { LoaderFunctionArgs } from "@remix-run/node";
import { Outlet } from "@remix-run/react";
import { coordinatorPage } from "~/support-requests/support-requests.server";

/** Every page under /support-requests is the coordinator's: to anyone else it is not there. */
export const loader = ({ request }: LoaderFunctionArgs) => coordinatorPage(request);

export default function CoordinatorPages() {
  return <Outlet />;
}
