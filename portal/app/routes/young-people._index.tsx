import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useLocation } from "@remix-run/react";
import { pageTitle } from "~/components/page-title";
import { formatDate } from "~/format/dates";
import { t } from "~/messages/messages";
import { asSignedIn } from "~/session/signed-in.server";
import { CASELOAD_SHOWS, CASELOAD_SORTS, caseloadSearch, caseloadViewFrom, isFiltered, type CaseloadView } from "~/young-people/caseload-view";
import { loadCaseload } from "~/young-people/caseload.server";
import { ReviewDueLine } from "~/young-people/review-due-line";
import { isOwed, RecordWorkLine } from "~/review-record/record-work-line";

export const meta: MetaFunction = () => [{ title: pageTitle(t("youngPeople.title")) }];

export async function loader({ request }: LoaderFunctionArgs) {
  const search = new URL(request.url).searchParams;
  return asSignedIn(request, (options) => loadCaseload(caseloadViewFrom(search), search.get("after"), options));
}

type Iro = { personId: string; name: string };

/** "3 young people, overdue, with Ana Okafor": what the filters found, on every page. */
function countLine(count: number, view: CaseloadView, iros: readonly Iro[]): string {
  const parts = [count === 1 ? t("youngPeople.count.one") : t("youngPeople.count.other", { count: String(count) })];
  if (view.show !== "all") parts.push(t(`youngPeople.count.show.${view.show}`));
  const iro = iros.find((candidate) => candidate.personId === view.iro);
  if (iro) parts.push(t("youngPeople.count.iro", { name: iro.name }));
  return parts.join(", ");
}

/** A GET form: the query string keeps the choice, so it works without JavaScript and links can share it. */
function CaseloadControls({ view, iros, isManager }: { view: CaseloadView; iros: readonly Iro[]; isManager: boolean }) {
  const { search } = useLocation();
  return (
    // Keyed by the address, so going back or forward shows the choices of the list on screen.
    <Form method="get" className="caseload-controls" key={search}>
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t("youngPeople.controls.legend")}</legend>
        <div className="caseload-controls__fields">
          <div className="form-group">
            <label className="label" htmlFor="sort">
              {t("youngPeople.controls.sort")}
            </label>
            <select className="select" id="sort" name="sort" defaultValue={view.sort}>
              {CASELOAD_SORTS.map((sort) => (
                <option key={sort} value={sort}>
                  {t(`youngPeople.controls.sort.${sort}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="form-group">
            <label className="label" htmlFor="show">
              {t("youngPeople.controls.show")}
            </label>
            <select className="select" id="show" name="show" defaultValue={view.show}>
              {CASELOAD_SHOWS.map((show) => (
                <option key={show} value={show}>
                  {t(`youngPeople.controls.show.${show}`)}
                </option>
              ))}
            </select>
          </div>
          {isManager ? (
            <div className="form-group">
              <label className="label" htmlFor="iro">
                {t("youngPeople.controls.iro")}
              </label>
              <select className="select" id="iro" name="iro" defaultValue={view.iro}>
                <option value="">{t("youngPeople.controls.iro.all")}</option>
                {iros.map((iro) => (
                  <option key={iro.personId} value={iro.personId}>
                    {iro.name}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
        </div>
        <button type="submit" className="button">
          {t("youngPeople.controls.apply")}
        </button>
      </fieldset>
    </Form>
  );
}

export default function YoungPeople() {
  const { items, nextCursor, totalCount, view, isIro, isManager, mayFilter, mayReadPack, iros } = useLoaderData<typeof loader>();
  const iroNames = new Map(iros.map((iro) => [iro.personId, iro.name]));
  return (
    <>
      <h1>{t("youngPeople.title")}</h1>
      <p>{t("youngPeople.intro")}</p>
      {mayFilter ? (
        <>
          <CaseloadControls view={view} iros={iros} isManager={isManager} />
          <p className="caseload-count" role="status">
            {countLine(totalCount, view, iros)}
          </p>
        </>
      ) : null}
      {items.length === 0 ? <p>{mayFilter && isFiltered(view) ? t("youngPeople.emptyFiltered") : t("youngPeople.empty")}</p> : null}
      <ul className="young-people">
        {items.map((youngPerson) => (
          <li key={youngPerson.id}>
            <span>
              <strong>{youngPerson.firstName}</strong>{" "}
              <span className="tag">{youngPerson.hasAccount ? t("youngPeople.hasAccount") : t("youngPeople.noAccount")}</span>
              <span className="young-people__review">
                {youngPerson.nextReview ? t("youngPeople.nextReview", { date: formatDate(youngPerson.nextReview.scheduledFor) }) : t("youngPeople.noReview")}
                {youngPerson.reviewDue ? (
                  <>
                    {" · "}
                    <ReviewDueLine due={youngPerson.reviewDue} />
                  </>
                ) : null}
              </span>
              {isOwed(youngPerson.recordWork) ? <RecordWorkLine youngPersonId={youngPerson.id} firstName={youngPerson.firstName} work={youngPerson.recordWork} /> : null}
              {isManager ? (
                <span className="young-people__iro">
                  {youngPerson.currentIro
                    ? t("youngPeople.iro", { name: iroNames.get(youngPerson.currentIro.id) ?? youngPerson.currentIro.firstName })
                    : t("youngPeople.noIro")}
                </span>
              ) : null}
            </span>
            <span className="young-people__actions">
              {isIro ? (
                <Link to={`/young-people/${youngPerson.id}/review`}>
                  {t("youngPeople.review")}
                  <span className="visually-hidden"> {t("youngPeople.reviewFor", { firstName: youngPerson.firstName })}</span>
                </Link>
              ) : null}
              {mayReadPack ? (
                <Link to={`/young-people/${youngPerson.id}/review/pack`}>
                  {t("youngPeople.pack")}
                  <span className="visually-hidden"> {t("youngPeople.packFor", { firstName: youngPerson.firstName })}</span>
                </Link>
              ) : null}
              {youngPerson.hasAccount ? null : (
                <Form method="post" action={`/young-people/${youngPerson.id}/invitation`}>
                  <button type="submit" className="button button--secondary">
                    {t("youngPeople.invite")}
                    <span className="visually-hidden"> {t("youngPeople.inviteFor", { firstName: youngPerson.firstName })}</span>
                  </button>
                </Form>
              )}
            </span>
          </li>
        ))}
      </ul>
      {nextCursor ? (
        <p>
          <Link to={caseloadSearch(view, nextCursor)}>{t("youngPeople.next")}</Link>
        </p>
      ) : null}
    </>
  );
}
