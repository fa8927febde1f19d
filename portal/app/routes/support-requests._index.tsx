import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { pageTitle } from "~/components/page-title";
import { t } from "~/messages/messages";
import { queueSearch, queueViewFrom, SUPPORT_STATUSES } from "~/support-requests/queue-view";
import { SUPPORT_KINDS } from "~/support-requests/support-request-form";
import { loadSupportQueue } from "~/support-requests/support-requests.server";

export const meta: MetaFunction = () => [{ title: pageTitle(t("supportQueue.title")) }];

export async function loader({ request }: LoaderFunctionArgs) {
  const view = queueViewFrom(new URL(request.url).searchParams);
  return { view, page: await loadSupportQueue(request, view) };
}

/** The coordinator's queue: oldest first, with each request's age, filtered by kind and status without JavaScript. */
export default function SupportQueue() {
  const { view, page } = useLoaderData<typeof loader>();
  const count = page.totalCount === 1 ? t("supportQueue.count.one") : t("supportQueue.count.other", { count: String(page.totalCount) });
  return (
    <>
      <h1>{t("supportQueue.title")}</h1>
      <p>
        <Link to="/support-requests/figures">{t("supportQueue.figuresLink")}</Link>
      </p>
      <Form method="get" className="filters">
        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t("supportQueue.filters")}</legend>
          <div className="form-group">
            <label className="label" htmlFor="kind">
              {t("supportQueue.kind")}
            </label>
            <select className="select" id="kind" name="kind" defaultValue={view.kind ?? ""}>
              <option value="">{t("supportQueue.kind.any")}</option>
              {SUPPORT_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`support.${kind}.title`)}
                </option>
              ))}
            </select>
          </div>
          <div className="form-group">
            <label className="label" htmlFor="status">
              {t("supportQueue.status")}
            </label>
            <select className="select" id="status" name="status" defaultValue={view.status ?? ""}>
              <option value="">{t("supportQueue.status.open")}</option>
              {SUPPORT_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`supportQueue.status.${status}`)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button button--secondary">
            {t("supportQueue.show")}
          </button>
        </fieldset>
      </Form>
      <p className="queue-count" role="status">
        {count}
      </p>
      {page.items.length === 0 ? (
        <p>{t("supportQueue.none")}</p>
      ) : (
        <ul className="queue">
          {page.items.map((item) => {
            const name = item.youngPersonName ?? "";
            return (
              <li key={item.id} className="queue__item">
                <Link to={`/support-requests/${encodeURIComponent(item.id)}`}>
                  <strong>{name}</strong>
                  <span className="visually-hidden"> {t(`support.${item.kind}.title`)}</span>
                </Link>
                <dl className="queue__facts">
                  <div>
                    <dt>{t("supportQueue.column.kind")}</dt>
                    <dd>{t(`support.${item.kind}.title`)}</dd>
                  </div>
                  <div>
                    <dt>{t("supportQueue.column.status")}</dt>
                    <dd>{t(`supportQueue.status.${item.status}`)}</dd>
                  </div>
                  <div>
                    <dt>{t("supportQueue.column.age")}</dt>
                    <dd>{item.ageInDays === 1 ? t("supportQueue.age.one") : t("supportQueue.age.other", { days: String(item.ageInDays) })}</dd>
                  </div>
                </dl>
                {item.askedOnBehalf ? <p className="queue__note">{t("supportQueue.onBehalf")}</p> : null}
              </li>
            );
          })}
        </ul>
      )}
      {page.nextCursor ? (
        <p>
          <Link to={`/support-requests${queueSearch(view, page.nextCursor)}`}>{t("supportQueue.next")}</Link>
        </p>
      ) : null}
    </>
  );
}
