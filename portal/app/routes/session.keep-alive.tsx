import type { ActionFunctionArgs } from "@remix-run/node";
import { sessionEnds } from "~/session/session-ends.server";

/**
 * "Stay signed in" in the timeout warning: counts as use of the session and says when it now ends. A POST needing
 * the session cookie, which is SameSite=Lax, so another site cannot make it, as with every form in the portal.
 */
export function action({ request }: ActionFunctionArgs) {
  return sessionEnds(request, "stay");
}
