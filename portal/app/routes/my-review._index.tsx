import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { ChoicesSummary } from "~/choices/choices-summary";
import { loadMyReview } from "~/choices/my-review.server";
import { pageTitle } from "~/components/page-title";
import { formatDate, formatTime } from "~/format/dates";
import { t } from "~/messages/messages";
import { WordsExplained, YourIro } from "~/your-iro/your-iro";

export const meta: MetaFunction = () => [{ title: pageTitle(t("myReview.title")) }];

export function loader({ request }: LoaderFunctionArgs) {
  return loadMyReview(request);
}

type ChoicesState = { draft?: unknown; sent?: { updatedAt: string } | null; hasUnsentChanges: boolean };

function statusOf({ draft, sent, hasUnsentChanges }: ChoicesState): string {
  if (!draft && !sent) return t("myReview.status.notStarted");
  if (hasUnsentChanges) return sent ? t("myReview.status.unsent") : t("myReview.status.draft");
  return sent ? t("myReview.status.sent", { date: formatDate(sent.updatedAt) }) : t("myReview.status.notStarted");
}

export default function MyReview() {
  const { review, iroName, iroContact } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const notice = searchParams.has("saved") ? t("myReview.saved") : null;
  if (!review) {
    return (
      <>
        <h1>{t("myReview.title")}</h1>
        <div className="panel">
          <p>{t("myReview.none")}</p>
          <YourIro contact={iroContact} />
        </div>
        <WordsExplained />
      </>
    );
  }
  const { choices } = review;
  const locked = Boolean(choices.lockedAt);
  const name = iroName ?? t("myReview.yourIro");
  return (
    <>
      {notice ? (
        <div className="notice" role="status">
          <p>{notice}</p>
        </div>
      ) : null}
      <h1>{t("myReview.title")}</h1>
      <div className="panel">
        <p className="lead">{t("myReview.when", { date: formatDate(review.scheduledFor), time: formatTime(review.scheduledFor) })}</p>
        <p>{t(`myReview.format.${review.format}`)}</p>
        {review.venue ? <p>{t("myReview.venue", { venue: review.venue })}</p> : null}
        <YourIro contact={iroContact} />
      </div>
      <WordsExplained />
      <h2>{t("myReview.choices.title")}</h2>
      {locked ? (
        <div className="panel panel--important">
          <h3>{t("myReview.locked.title")}</h3>
          <p>{t("myReview.locked.body", { name })}</p>
        </div>
      ) : (
        <>
          <p>{t("myReview.choices.intro")}</p>
          <p>{statusOf(choices)}</p>
        </>
      )}
      {choices.draft ? <ChoicesSummary draft={choices.draft} changeable={!locked} answers={choices.answers} iroName={name} /> : null}
      {locked ? null : choices.draft ? (
        choices.hasUnsentChanges ? (
          <Link to="/my-review/check-answers" className="button">
            {t("myReview.checkAndSend")}
          </Link>
        ) : null
      ) : (
        <Link to="/my-review/where" className="button">
          {t("myReview.start")}
        </Link>
      )}
      <h2>{t("myReview.views.title")}</h2>
      <p>{t("myReview.views.intro")}</p>
      <p>
        <Link to="/my-views">{t("views.link")}</Link>
      </p>
    </>
  );
}
