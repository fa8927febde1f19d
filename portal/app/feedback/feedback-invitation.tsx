import { Form, Link } from "@remix-run/react";
import { t } from "~/messages/messages";
import { INTENT } from "./feedback-form";

/** The young person's home page asks how their review went, until they answer or say "not now" twice. */
export function FeedbackInvitation() {
  return (
    <div className="panel panel--important">
      <p className="lead">
        <Link to="/my-feedback">{t("feedback.young.homeInvite")}</Link>
      </p>
      <Form method="post" action="/my-feedback">
        <button type="submit" name="intent" value={INTENT.notNow} className="button button--secondary">
          {t("feedback.young.notNow")}
        </button>
      </Form>
    </div>
  );
}
