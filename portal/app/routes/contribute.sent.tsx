import { redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { whatWasSent } from "~/contributions/contribution-form.server";
import { START_PATH } from "~/contributions/contribution-pages";
import { pageTitle } from "~/components/page-title";
import { PrintButton } from "~/components/print-button";
import { SummaryList } from "~/components/summary-list";
import { formatDate, formatTime } from "~/format/dates";
import { t } from "~/messages/messages";

export const meta: MetaFunction = () => [{ title: pageTitle(t("contribute.sent.title")) }];

/**
 * Only a browser that has just sent its views is thanked, with a copy of what it sent to print or keep; any other
 * goes to the start page, which says where it stands.
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const sent = await whatWasSent(request, context);
  if (sent === "not sent") throw redirect(START_PATH);
  return { sent };
}

export default function ContributionSent() {
  const { sent } = useLoaderData<typeof loader>();
  return (
    <>
      <div className="panel">
        <h1>{t("contribute.sent.title")}</h1>
        <p className="lead">{t("contribute.sent.body")}</p>
      </div>
      <p>{t("contribute.sent.after")}</p>
      {sent ? (
        <section aria-labelledby="what-you-sent">
          <h2 id="what-you-sent">{t("contribute.sent.copy.title")}</h2>
          <p>{t("contribute.sent.copy.when", { date: formatDate(sent.submittedAt), time: formatTime(sent.submittedAt) })}</p>
          <SummaryList
            rows={sent.answers.map(({ id, text }) => ({
              key: id,
              label: t(`contribute.question.${id}.label`, { firstName: sent.firstName }),
              value: text.trim() !== "" ? <span className="own-words">{text}</span> : t("contribute.check.notAnswered"),
            }))}
          />
          <p className="no-print">{t("contribute.sent.copy.keep")}</p>
          <PrintButton label={t("contribute.sent.copy.print")} />
        </section>
      ) : null}
      <p className="no-print">{t("contribute.sent.close")}</p>
    </>
  );
}
