import { Link } from "@remix-run/react";
import { formatPlainDate } from "~/format/dates";
import type { SupportRequestSummaryFragment } from "~/graphql/generated/graphql";
import { t } from "~/messages/messages";

/** The pack's part on someone on the young person's side: their requests, and a way for the IRO to ask for them. */
export function SupportInPack({ requests, firstName, youngPersonPath }: { requests: readonly SupportRequestSummaryFragment[]; firstName: string; youngPersonPath: string }) {
  return (
    <section className="pack-section" aria-labelledby="support-in-pack-title">
      <h2 id="support-in-pack-title">{t("pack.support.title")}</h2>
      {requests.length === 0 ? (
        <p>{t("pack.support.none", { firstName })}</p>
      ) : (
        <ul className="list">
          {requests.map((request) => (
            <li key={request.id}>
              {t("pack.support.item", {
                kind: t(`support.${request.kind}.title`),
                status: t(`supportQueue.status.${request.status}`),
                date: formatPlainDate(request.askedAt),
              })}
              {request.askedOnBehalf ? ` ${t("pack.support.onBehalf")}` : null}
              {request.closedReason ? ` ${t(`supportRequest.reason.${request.closedReason}`)}` : null}
            </li>
          ))}
        </ul>
      )}
      <p className="no-print">
        <Link to={`${youngPersonPath}/ask-for-support`}>{t("pack.support.ask", { firstName })}</Link>
      </p>
    </section>
  );
}
