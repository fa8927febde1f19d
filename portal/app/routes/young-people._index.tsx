import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { pageTitle } from "~/components/page-title";
import { formatDate, formatDay } from "~/format/dates";
import { callApi } from "~/graphql/client.server";
import { YoungPeopleQuery } from "~/young-people/young-people.operations.server";
import { t } from "~/messages/messages";
import { asSignedIn } from "~/session/signed-in.server";

export const meta: MetaFunction = () => [{ title: pageTitle(t("youngPeople.title")) }];

export async function loader({ request }: LoaderFunctionArgs) {
  const after = new URL(request.url).searchParams.get("after");
  const { me, youngPeople } = await asSignedIn(request, (options) => callApi(YoungPeopleQuery, { after }, options));
  // Only a young person's IRO answers their choices; their manager may read the pack too, as the young person is told.
  return { ...youngPeople, isIro: me?.role === "IRO", mayReadPack: me?.role === "IRO" || me?.role === "IRO_MANAGER" };
}

export default function YoungPeople() {
  const { items, nextCursor, isIro, mayReadPack } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t("youngPeople.title")}</h1>
      <p>{t("youngPeople.intro")}</p>
      {items.length === 0 ? <p>{t("youngPeople.empty")}</p> : null}
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
                    {t("youngPeople.due", { date: formatDay(youngPerson.reviewDue.dueOn) })}{" "}
                    <span className={`tag tag--${youngPerson.reviewDue.timeliness.toLowerCase()}`}>{t(`youngPeople.timeliness.${youngPerson.reviewDue.timeliness}`)}</span>
                  </>
                ) : null}
              </span>
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
          <Link to={`?after=${encodeURIComponent(nextCursor)}`}>{t("youngPeople.next")}</Link>
        </p>
      ) : null}
    </>
  );
}
