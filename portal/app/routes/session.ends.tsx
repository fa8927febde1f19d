import type { LoaderFunctionArgs } from "@remix-run/node";
import { sessionEnds } from "~/session/session-ends.server";

/** When the signed-in person's session ends, for the timeout warning; read after each page they open or send. */
export function loader({ request }: LoaderFunctionArgs) {
  return sessionEnds(request, "read");
}
