import type { LoaderFunctionArgs } from "@remix-run/node";
import { takeLinkToken } from "~/contributions/contribution-form.server";

/** A single-use link's own address: it hands its token to a cookie and redirects, so it never renders a page. */
export function loader({ request, params }: LoaderFunctionArgs) {
  return takeLinkToken(request, params.token ?? "");
}
