import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { pageTitle } from "~/components/page-title";
import { WithPhoneLinks } from "~/components/phone-links";
import { formatDay } from "~/format/dates";
import { t } from "~/messages/messages";
import { QuickExit } from "~/worries/quick-exit";
import { loadWorried, loadWorryTold } from "~/worries/worries.server";

export const meta: MetaFunction = () => [{ title: pageTitle(t("worried.told.title")) }];

export async function loader({ request }: LoaderFunctionArgs) {
  await loadWorried(request);
  return loadWorryTold(request, new URL(request.url).searchParams.get("alert") ?? "");
}

/** Who was told, and when to expect them: the alert was stored before this page was shown. */
export default function WorryTold() {
  const told = useLoaderData<typeof loader>();
  return (
    <>
      <QuickExit />
      <div className="confirmation" role="status">
        <h1>{t("worried.told.title")}</h1>
        {told.toldIroName ? <p>{t("worried.told.iro", { name: told.toldIroName })}</p> : null}
        {told.toldSocialWorkerName ? <p>{t("worried.told.socialWorker", { name: told.toldSocialWorkerName })}</p> : null}
        {!told.toldIroName && !told.toldSocialWorkerName ? <p>{t("worried.told.nobody")}</p> : null}
        <p className="lead">{t("worried.told.expect", { date: formatDay(told.contactBy) })}</p>
        {told.acknowledgedByName ? <p>{t("worried.told.acknowledged", { name: told.acknowledgedByName })}</p> : null}
      </div>
      <p>
        <WithPhoneLinks text={t("worried.told.meanwhile")} />
      </p>
      <p>
        <Link to="/">{t("worried.told.home")}</Link>
      </p>
    </>
  );
}
