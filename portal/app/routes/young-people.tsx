import type { LoaderFunctionArgs } from "@remix-run/node";
import { Outlet } from "@remix-run/react";
import { staffPage } from "~/session/staff-page.server";

/** Every page under /young-people is a staff page: a young person who opens one gets "Page not found". */
export const loader = ({ request }: LoaderFunctionArgs) => staffPage(request);

export default function StaffPages() {
  return <Outlet />;
}
