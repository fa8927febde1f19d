import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { pageTitle } from "~/components/page-title";
import { formatDate, formatTime } from "~/format/dates";
import { callApi } from "~/graphql/client.server";
import { HomeQuery } from "~/home/home.operations.server";
import { isInvitedToFeedback } from "~/feedback/my-feedback.server";
import { FeedbackInvitation } from "~/feedback/feedback-invitation";
import { t } from "~/messages/messages";
import { asSignedIn } from "~/session/signed-in.server";
import { WordsExplained, YourIro } from "~/your-iro/your-iro";
import { SupportTracker } from "~/support-requests/support-tracker";
import { WorryBanner } from "~/worries/worry-banner";

export const meta: MetaFunction = () => [{ title: pageTitle(t("home.title")) }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { me, openWorryAlerts, myFeedback } = await asSignedIn(request, (options) => callApi(HomeQuery, {}, options));
  if (!me) throw new Error("A signed-in session answered with no account.");
  return {
    invited: isInvitedToFeedback(myFeedback),
    firstName: me.firstName,
    role: me.role,
    nextReviewAt: me.youngPerson?.nextReview?.scheduledFor ?? null,
    iroContact: me.youngPerson?.currentIroContact ?? null,
    supportRequests: me.youngPerson?.supportRequests ?? [],
    worries: openWorryAlerts.items,
  };
}

export default function Home() {
  const { firstName, role, nextReviewAt, iroContact, supportRequests, worries, invited } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  return (
    <>
      {searchParams.has("welcome") ? (
        <div className="notice" role="status">
          <p>{t("home.welcome")}</p>
        </div>
      ) : null}
      <WorryBanner worries={worries} />
      <h1>{t("home.greeting", { firstName })}</h1>
      {invited ? <FeedbackInvitation /> : null}
      {role === "YOUNG_PERSON" ? (
        <div className="panel">
          <p className="lead">
            {nextReviewAt ? t("home.nextReview", { date: formatDate(nextReviewAt), time: formatTime(nextReviewAt) }) : t("home.noReview")}
          </p>
          <p>{t("home.nextReview.explain")}</p>
          <YourIro contact={iroContact} />
          <p>
            <Link to="/my-reviews">{t("myReviews.link")}</Link>
          </p>
          <WordsExplained />
          {nextReviewAt ? (
            <>
              <p>
                <Link to="/my-review">{t("home.myReviewLink")}</Link>
              </p>
              <p>
                <Link to="/my-views">{t("views.link")}</Link>
              </p>
            </>
          ) : null}
        </div>
      ) : (
        <>
          <p>{t("home.signedInAs", { role: t(`role.${role}`) })}</p>
          <p>
            {role === "ADVOCACY_COORDINATOR" ? (
              <Link to="/support-requests">{t("supportQueue.link")}</Link>
            ) : (
              <Link to="/young-people">{t("home.youngPeopleLink")}</Link>
            )}
          </p>
          {role === "IRO_MANAGER" ? (
            <p>
              <Link to="/feedback-figures">{t("figures.title")}</Link>
            </p>
          ) : null}
        </>
      )}
      {role === "YOUNG_PERSON" ? <SupportTracker requests={supportRequests} /> : null}
      <h2>{t("home.otherDevices.title")}</h2>
      <p>{t("home.otherDevices.body")}</p>
      <Form method="post" action="/sign-out-everywhere">
        <button type="submit" className="button button--secondary">
          {t("signOut.everywhere")}
        </button>
      </Form>
    </>
  );
}
