import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { postedForm } from "~/kept/posted-form.server";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { answerStatus, choiceRows, notWantedLines, reasonFieldId, savedNotice, savedSearch, type ChoiceAnswer, type ChoiceRow, type SentChoices } from "~/choices/iro-choices";
import { actOnChoices, intentOf, type ChoicesOutcome } from "~/choices/iro-choices.server";
import { ErrorSummary } from "~/components/error-summary";
import { pageTitle, useErrorTitle } from "~/components/page-title";
import { TextArea } from "~/components/text-area";
import { formatDate, formatTime } from "~/format/dates";
import { callApi } from "~/graphql/client.server";
import { notFoundIfRefused } from "~/graphql/not-found.server";
import { IroReviewChoicesQuery } from "~/choices/choices.operations.server";
import { SummaryList } from "~/components/summary-list";
import { Keepable } from "~/kept/keepable";
import { t } from "~/messages/messages";
import { asSignedIn } from "~/session/signed-in.server";
import { ReviewDueLine } from "~/young-people/review-due-line";

// With no page (it was not found), the error boundary gives the title.
export const meta: MetaFunction<typeof loader> = ({ data: page }) => (page ? [{ title: pageTitle(t("iroReview.title", { firstName: page.firstName })) }] : []);

const pagePath = (youngPersonId: string) => `/young-people/${encodeURIComponent(youngPersonId)}/review`;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const youngPersonId = params.youngPersonId ?? "";
  const { me, youngPerson } = await asSignedIn(request, (options) => callApi(IroReviewChoicesQuery, { id: youngPersonId }, options)).catch(notFoundIfRefused);
  // The page where choices are answered is the young person's IRO's alone; others who may read the choices read the pack.
  if (me?.role !== "IRO") throw new Response(null, { status: 404 });
  const review = youngPerson.nextReview;
  return {
    path: pagePath(youngPersonId),
    firstName: youngPerson.firstName,
    due: youngPerson.reviewDue,
    review: review && { id: review.id, scheduledFor: review.scheduledFor, ...review.choices },
  };
}

/** Each change is a POST that redirects back with a notice (so reloading repeats nothing), or the page with the API's errors. */
export async function action({ request, params }: ActionFunctionArgs) {
  const form = await postedForm(request);
  const intent = intentOf(form.get("intent"));
  if (!intent) throw new Response(null, { status: 400 });
  const outcome = await asSignedIn(request, (options) => actOnChoices(intent, form, options)).catch(notFoundIfRefused);
  if ("saved" in outcome) throw redirect(`${pagePath(params.youngPersonId ?? "")}${savedSearch(outcome.saved)}`);
  return data(outcome, { status: 400 });
}

export default function IroReview() {
  const { path, firstName, due, review } = useLoaderData<typeof loader>();
  const outcome = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const errors = outcome?.errors ?? [];
  const title = t("iroReview.title", { firstName });
  useErrorTitle(title, errors.length > 0);
  const notice = errors.length === 0 ? savedNotice(searchParams.get("saved"), firstName) : null;

  return (
    <>
      <ErrorSummary errors={errors} />
      {notice ? (
        <div className="notice" role="status">
          <p>{notice}</p>
        </div>
      ) : null}
      <h1>{title}</h1>
      {due ? (
        <p>
          <ReviewDueLine due={due} />
        </p>
      ) : null}
      <p>
        <Link to={`${path}/arrange`}>{t("arrange.title", { firstName })}</Link>
      </p>
      <p>
        <Link to={`${path}/pack`}>{t("youngPeople.pack")}</Link>
      </p>
      <p>
        <Link to={`${path}/attendees`}>{t("attendees.link")}</Link>
      </p>
      {review ? (
        <>
          <p className="lead">{t("iroReview.when", { date: formatDate(review.scheduledFor), time: formatTime(review.scheduledFor) })}</p>
          <h2>{t("iroReview.choices.title", { firstName })}</h2>
          {review.sent ? (
            <SentChoicesAndAnswers path={path} reviewId={review.id} firstName={firstName} sent={review.sent} answers={review.answers} outcome={outcome} />
          ) : (
            <p>{t("iroReview.choices.none", { firstName })}</p>
          )}
          <LockControl path={path} reviewId={review.id} firstName={firstName} lockedAt={review.lockedAt} />
          <section aria-labelledby="views-title">
            <h2 id="views-title">{t("iroReview.views.title", { firstName })}</h2>
            <p>{t("iroReview.views.body")}</p>
            <p>
              <Link to={`${path}/links`}>{t("iroReview.views.link")}</Link>
            </p>
          </section>
        </>
      ) : (
        <p>{t("iroReview.noReview", { firstName })}</p>
      )}
      <p>
        <Link to="/young-people">{t("iroReview.back")}</Link>
      </p>
    </>
  );
}

type SentProps = { path: string; reviewId: string; firstName: string; sent: SentChoices; answers: ChoiceAnswer[]; outcome: ChoicesOutcome | undefined };

function SentChoicesAndAnswers({ path, reviewId, firstName, sent, answers, outcome }: SentProps) {
  const rows = choiceRows(sent, firstName);
  const notWanted = notWantedLines(sent);
  return (
    <>
      <p>{t("iroReview.choices.sentAt", { firstName, date: formatDate(sent.updatedAt), time: formatTime(sent.updatedAt) })}</p>
      <SummaryList
        rows={rows.map((row) => ({
          key: row.topic,
          label: row.label,
          value: row.lines.length > 0 ? row.lines.map((line) => <p key={line}>{line}</p>) : <p>{t("iroReview.notSaid", { firstName })}</p>,
        }))}
      />
      {notWanted.length > 0 ? (
        <section className="private" aria-labelledby="not-wanted-title">
          <h2 id="not-wanted-title">{t("iroReview.private.title", { firstName })}</h2>
          <p className="private__notice">{t("iroReview.private.notice", { firstName })}</p>
          {notWanted.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </section>
      ) : null}
      <h2>{t("iroReview.answers.title", { firstName })}</h2>
      <p>{t("iroReview.answers.intro", { firstName })}</p>
      {rows
        .filter((row) => row.lines.length > 0)
        .map((row) => {
          const answer = answers.find((candidate) => candidate.topic === row.topic);
          const failed = outcome && "topic" in outcome && outcome.topic === row.topic ? outcome : undefined;
          return (
            <AnswerForm
              // A saved answer brings a new form, so the box shows what was saved rather than what was typed before.
              key={`${row.topic}-${answer?.answeredAt ?? "unanswered"}`}
              path={path}
              reviewId={reviewId}
              firstName={firstName}
              row={row}
              answer={answer}
              sent={sent}
              failed={failed}
            />
          );
        })}
    </>
  );
}

type AnswerFormProps = {
  path: string;
  reviewId: string;
  firstName: string;
  row: ChoiceRow;
  answer: ChoiceAnswer | undefined;
  sent: SentChoices;
  failed: { reason: string; errors: { message: string }[] } | undefined;
};

function AnswerForm({ path, reviewId, firstName, row, answer, sent, failed }: AnswerFormProps) {
  const { status, reason, sentSince } = answerStatus(answer, sent);
  const context = <span className="visually-hidden"> {t("iroReview.topicContext", { topic: row.label })}</span>;
  return (
    <Form method="post" action={path} className="answer">
      <input type="hidden" name="reviewId" value={reviewId} />
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{row.label}</legend>
        <p>{status}</p>
        {reason ? (
          <>
            <p>{t("iroReview.answer.wrote", { firstName })}</p>
            <blockquote className="quote">{reason}</blockquote>
          </>
        ) : null}
        {sentSince ? <p className="answer__changed">{t("iroReview.answer.sentSince", { firstName })}</p> : null}
        {/* Each topic's form is its own, so a reason kept from one goes back into that one alone. */}
        <Keepable scope={row.topic}>
          <TextArea
            id={reasonFieldId(row.topic)}
            name="reason"
            label={t("iroReview.reason.label", { firstName })}
            hint={t("iroReview.reason.hint")}
            error={failed?.errors.map((error) => error.message).join(" ")}
            defaultValue={failed?.reason ?? ""}
          />
        </Keepable>
      </fieldset>
      <div className="button-group">
        <button type="submit" name="intent" value={`accept:${row.topic}`} className="button">
          {t("iroReview.accept")}
          {context}
        </button>
        <button type="submit" name="intent" value={`reason:${row.topic}`} className="button button--secondary">
          {t("iroReview.answerWithReason")}
          {context}
        </button>
      </div>
    </Form>
  );
}

function LockControl({ path, reviewId, firstName, lockedAt }: { path: string; reviewId: string; firstName: string; lockedAt: string | null }) {
  return (
    <section className="lock" aria-labelledby="lock-title">
      <h2 id="lock-title">{t("iroReview.lock.title", { firstName })}</h2>
      <p>{lockedAt ? t("iroReview.lock.closed", { firstName, date: formatDate(lockedAt) }) : t("iroReview.lock.open", { firstName })}</p>
      <p id="lock-explain">{t(lockedAt ? "iroReview.lock.allowExplain" : "iroReview.lock.stopExplain", { firstName })}</p>
      <Form method="post" action={path}>
        <input type="hidden" name="reviewId" value={reviewId} />
        <button type="submit" name="intent" value={lockedAt ? "unlock" : "lock"} className="button button--secondary" aria-describedby="lock-explain">
          {t(lockedAt ? "iroReview.lock.allow" : "iroReview.lock.stop", { firstName })}
        </button>
      </Form>
    </section>
  );
}
