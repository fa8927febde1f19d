import type { LoaderFunctionArgs } from "@remix-run/node";
import { takeFeedbackToken } from "~/feedback/feedback-link.server";

/** A feedback link's own address: it hands its token to a cookie and redirects, so it never renders a page. */
export function loader({ params }: LoaderFunctionArgs) {
  return takeFeedbackToken(params.token ?? "");
}
