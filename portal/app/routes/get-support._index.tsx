import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { pageTitle } from "~/components/page-title";
import { t } from "~/messages/messages";
import { SLUG_BY_KIND, SUPPORT_KINDS } from "~/support-requests/support-request-form";
import { loadGetSupport } from "~/support-requests/support-requests.server";
import { SupportTracker } from "~/support-requests/support-tracker";

export const meta: MetaFunction = () => [{ title: pageTitle(t("support.title")) }];

export const loader = ({ request }: LoaderFunctionArgs) => loadGetSupport(request);

/** What an advocate and an Independent Visitor are, who provides them here, and the young person's requests. */
export default function GetSupport() {
  const { requests, providers } = useLoaderData<typeof loader>();
  const [search] = useSearchParams();
  const notice = search.has("sent") ? t("support.sent") : search.has("withdrawn") ? t("support.withdrawn") : null;
  const provider = { ADVOCATE: providers.advocacy, INDEPENDENT_VISITOR: providers.independentVisitors } as const;
  return (
    <>
      {notice ? (
        <div className="notice" role="status">
          <p>{notice}</p>
        </div>
      ) : null}
      <h1>{t("support.title")}</h1>
      <p className="lead">{t("support.intro")}</p>
      {SUPPORT_KINDS.map((kind) => (
        <section key={kind} className="panel" aria-labelledby={`what-${SLUG_BY_KIND[kind]}`}>
          <h2 id={`what-${SLUG_BY_KIND[kind]}`}>{t(`support.${kind}.title`)}</h2>
          <p>{kind === "ADVOCATE" ? t("support.advocate.what") : t("support.independentVisitor.what")}</p>
          <p>{provider[kind] ? t("support.providedBy", { provider: provider[kind] }) : t("support.providedByNobodyYet")}</p>
          <p>
            <Link to={`/get-support/${SLUG_BY_KIND[kind]}`} className="button">
              {t(`support.ask.${kind}`)}
            </Link>
          </p>
        </section>
      ))}
      <SupportTracker requests={requests} withdrawable />
    </>
  );
}
