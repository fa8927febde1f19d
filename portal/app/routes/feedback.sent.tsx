import type { MetaFunction } from "@remix-run/node";
import { pageTitle } from "~/components/page-title";
import { t } from "~/messages/messages";

export const meta: MetaFunction = () => [{ title: pageTitle(t("feedback.sent.title")) }];

/** The thank-you page once feedback is sent: the link opens the form no more. */
export default function FeedbackSent() {
  return (
    <>
      <h1>{t("feedback.sent.title")}</h1>
      <p>{t("feedback.sent.body")}</p>
    </>
  );
}
