import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { postedForm } from "~/kept/posted-form.server";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { pageTitle } from "~/components/page-title";
import { formatDate, formatTime } from "~/format/dates";
import { t } from "~/messages/messages";
import { AudienceNotice, WordsSwitch } from "~/views/audience-notice";
import { loadMyViews, saveMyViews } from "~/views/my-views.server";
import { carryOnPath, CHECK_ANSWERS_PATH, START_PATH } from "~/views/questions";
import { pressedButton } from "~/question-page/question-buttons";
import { hasAnswers, shorterWordsAskedFor, WORDS_SWITCHES } from "~/views/views-form";
import { words } from "~/views/words";

export const meta: MetaFunction = () => [{ title: pageTitle(t("views.title")) }];

export async function loader({ request }: LoaderFunctionArgs) {
  const views = await loadMyViews(request);
  if (!views) return null;
  const { draft, latest, hasUnsubmittedChanges, shorter, scheduledFor } = views;
  return { audience: draft?.audience ?? null, answered: hasAnswers(draft), carryOn: carryOnPath(draft), latest, hasUnsubmittedChanges, shorter, scheduledFor };
}

/** The start page's only form is the switch between fewer and more words. */
export async function action({ request }: ActionFunctionArgs) {
  const shorter = shorterWordsAskedFor(pressedButton(await postedForm(request), WORDS_SWITCHES));
  if (shorter !== undefined) await saveMyViews(request, {}, shorter);
  throw redirect(START_PATH);
}

type Views = NonNullable<ReturnType<typeof useLoaderData<typeof loader>>>;

/** Where the young person is: not started, writing, sent, or sent and changed since. */
function Status({ answered, carryOn, latest, hasUnsubmittedChanges }: Views) {
  if (latest) {
    return (
      <>
        <p>{t("views.status.sent", { date: formatDate(latest.submittedAt) })}</p>
        {hasUnsubmittedChanges ? <p className="lead">{t("views.status.unsent")}</p> : <p>{t("views.status.canChange")}</p>}
        <div className="button-group">
          <Link to={CHECK_ANSWERS_PATH} className="button">
            {t(hasUnsubmittedChanges ? "views.checkAndSendChanges" : "views.addOrChange")}
          </Link>
        </div>
      </>
    );
  }
  if (!answered) {
    return (
      <>
        <p>{t("views.status.notStarted")}</p>
        <div className="button-group">
          <Link to={carryOn} className="button">
            {t("views.start")}
          </Link>
        </div>
      </>
    );
  }
  return (
    <>
      <p>{t("views.status.draft")}</p>
      <div className="button-group">
        <Link to={carryOn} className="button">
          {t("views.carryOn")}
        </Link>
        <Link to={CHECK_ANSWERS_PATH}>{t("views.checkAndSend")}</Link>
      </div>
    </>
  );
}

export default function MyViews() {
  const views = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  if (!views) {
    return (
      <>
        <h1>{t("views.title")}</h1>
        <p className="panel">{t("views.none")}</p>
      </>
    );
  }
  return (
    <>
      {searchParams.has("saved") ? (
        <div className="notice" role="status">
          <p>{t("myReview.saved")}</p>
        </div>
      ) : null}
      <span className="caption">{t("myReview.title")}</span>
      <h1>{t("views.title")}</h1>
      <p className="lead">{t("myReview.when", { date: formatDate(views.scheduledFor), time: formatTime(views.scheduledFor) })}</p>
      <p>{words("intro", views.shorter)}</p>
      <p>{t("views.keptAsYouGo")}</p>
      {views.audience ? <AudienceNotice audience={views.audience} shorter={views.shorter} from="start" /> : null}
      <Status {...views} />
      <Form method="post" className="words-switch">
        <WordsSwitch shorter={views.shorter} />
      </Form>
    </>
  );
}
