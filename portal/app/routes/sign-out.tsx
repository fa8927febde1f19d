import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { postedForm } from "~/kept/posted-form.server";
import { signOut } from "~/session/sign-out.server";

/** Signing out is a POST (a form in the header), so a link or an image on another site cannot sign anyone out. */
export async function action({ request }: ActionFunctionArgs) {
  const form = await postedForm(request);
  return signOut(request, "this-device", form.get("because") === "timed-out" ? "timed-out" : "signed-out");
}

export function loader() {
  throw redirect("/");
}
