import { redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { loadMyReview } from "~/choices/my-review.server";
import { START_PATH } from "~/choices/questions";
import { pageTitle } from "~/components/page-title";
import { formatDate } from "~/format/dates";
import { t } from "~/messages/messages";

export const meta: MetaFunction = () => [{ title: pageTitle(t("choicesSent.title")) }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { review, iroName } = await loadMyReview(request);
  if (!review?.choices.sent) throw redirect(START_PATH);
  return { scheduledFor: review.scheduledFor, locked: Boolean(review.choices.lockedAt), iroName };
}

/**
 * GOV.UK's confirmation page: the choices went, and what happens next, saying only what the service does: the IRO
 * reads what was sent and answers each choice on the review page, and the choices can change until the IRO locks them.
 */
export default function ChoicesSent() {
  const { scheduledFor, locked, iroName } = useLoaderData<typeof loader>();
  const name = iroName ?? t("myReview.yourIro");
  return (
    <>
      <div className="confirmation">
        <h1>{t("choicesSent.title")}</h1>
      </div>
      <h2>{t("choicesSent.next")}</h2>
      <p>{t("choicesSent.reads", { name })}</p>
      <p>{t("choicesSent.answers", { date: formatDate(scheduledFor) })}</p>
      <p>{locked ? t("myReview.locked.body", { name }) : t("choicesSent.change", { name })}</p>
      <p>
        <Link to={START_PATH}>{t("choicesSent.back")}</Link>
      </p>
    </>
  );
}
