import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { postedForm } from "~/kept/posted-form.server";
import { formText } from "~/session/form-text";
import { acknowledgeWorry } from "~/worries/worries.server";

/** Only the home page and the staff pages post here, and only back to one of them; anything else goes to the caseload. */
const safeReturn = (path: string) => (/^\/(young-people(\/|\?|$)|$)/.test(path) ? path : "/young-people");

/** The IRO or social worker says they have the alert: it leaves the top of both their pages. */
export async function action({ request, params }: ActionFunctionArgs) {
  const form = await postedForm(request);
  await acknowledgeWorry(request, params.alertId ?? "");
  const back = new URL(safeReturn(formText(form.get("returnTo"))), "http://portal");
  // No name in the address, which the browser's history and the logs keep.
  back.searchParams.set("acknowledged", "");
  throw redirect(`${back.pathname}${back.search}`);
}
