import type { LoaderFunctionArgs } from "@remix-run/node";
import { Outlet, useLoaderData } from "@remix-run/react";
import { WorryBanner } from "~/worries/worry-banner";
import { staffLayout } from "~/worries/worries.server";

/**
 * Every page under /young-people is a staff page: a young person who opens one gets "Page not found". An IRO's or a
 * social worker's pages start with the alerts of young people who are worried, until one of them has it.
 */
export const loader = ({ request }: LoaderFunctionArgs) => staffLayout(request);

export default function StaffPages() {
  const { worries } = useLoaderData<typeof loader>();
  return (
    <>
      <WorryBanner worries={worries} />
      <Outlet />
    </>
  );
}
