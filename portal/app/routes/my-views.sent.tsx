import { redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { pageTitle } from "~/components/page-title";
import { formatDate } from "~/format/dates";
import { t } from "~/messages/messages";
import { loadMyViews } from "~/views/my-views.server";
import { START_PATH } from "~/views/questions";

export const meta: MetaFunction = () => [{ title: pageTitle(t("views.sent.title")) }];

export async function loader({ request }: LoaderFunctionArgs) {
  const views = await loadMyViews(request);
  if (!views?.latest) throw redirect(START_PATH);
  return { audience: views.latest.audience, scheduledFor: views.scheduledFor, iroName: views.iroName };
}

/** GOV.UK's confirmation page: it worked, who will read the views, and when. */
export default function ViewsSent() {
  const { audience, scheduledFor, iroName } = useLoaderData<typeof loader>();
  return (
    <>
      <div className="confirmation">
        <h1>{t("views.sent.title")}</h1>
      </div>
      <p>{t("views.sent.thanks")}</p>
      <h2>{t("views.sent.who")}</h2>
      <p>{t(`views.sent.who.${audience}`)}</p>
      {iroName ? <p>{t("myReview.iro", { name: iroName })}</p> : null}
      <h2>{t("views.sent.when")}</h2>
      <p>{t("views.sent.when.body", { date: formatDate(scheduledFor) })}</p>
      <p>{t("views.status.canChange")}</p>
      <p>
        <Link to={START_PATH}>{t("views.sent.back")}</Link>
      </p>
    </>
  );
}
