import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { signOut } from "~/session/sign-out.server";

/** Signing out is a POST (a form in the header), so a link or an image on another site cannot sign anyone out. */
export function action({ request }: ActionFunctionArgs) {
  return signOut(request, "this-device");
}

export function loader() {
  throw redirect("/");
}
