import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { signOut } from "~/session/sign-out.server";

/** For a lost phone or a shared computer: every session of the account ends. */
export function action({ request }: ActionFunctionArgs) {
  return signOut(request, "everywhere");
}

export function loader() {
  throw redirect("/");
}
