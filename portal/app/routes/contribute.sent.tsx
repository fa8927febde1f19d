import { redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { hasSent } from "~/contributions/contribution-form.server";
import { START_PATH } from "~/contributions/contribution-pages";
import { pageTitle } from "~/components/page-title";
import { t } from "~/messages/messages";

export const meta: MetaFunction = () => [{ title: pageTitle(t("contribute.sent.title")) }];

/** Only a browser that has just sent its views is thanked; any other goes to the start page, which says where it stands. */
export async function loader({ request }: LoaderFunctionArgs) {
  if (!(await hasSent(request))) throw redirect(START_PATH);
  return null;
}

export default function ContributionSent() {
  return (
    <>
      <div className="panel">
        <h1>{t("contribute.sent.title")}</h1>
        <p className="lead">{t("contribute.sent.body")}</p>
      </div>
      <p>{t("contribute.sent.after")}</p>
      <p>{t("contribute.sent.close")}</p>
    </>
  );
}
