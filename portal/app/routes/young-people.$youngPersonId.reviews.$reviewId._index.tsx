import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary } from "~/components/error-summary";
import { pageTitle, useErrorTitle } from "~/components/page-title";
import { TextArea } from "~/components/text-area";
import { formatDate, formatPlainDate, formatPlainDay, formatTime } from "~/format/dates";
import { Keepable } from "~/kept/keepable";
import { postedForm } from "~/kept/posted-form.server";
import { t, type MessageId } from "~/messages/messages";
import { SavedNotice } from "~/review-record/saved-notice";
import { DeadlineLine } from "~/review-record/deadline-line";
import { answerQuestion, loadHeldReview } from "~/review-record/review-record.server";

export const meta: MetaFunction<typeof loader> = ({ data: page }) =>
  page ? [{ title: pageTitle(t("heldReview.title", { firstName: page.youngPerson.firstName, date: formatPlainDate(page.review.scheduledFor) })) }] : [];

export function loader({ request, params }: LoaderFunctionArgs) {
  return loadHeldReview(request, params.youngPersonId ?? "", params.reviewId ?? "");
}

/** Answering a question is this page's one form; the other parts of the review have their own pages. */
export async function action({ request }: ActionFunctionArgs) {
  const outcome = await answerQuestion(request, await postedForm(request));
  if ("done" in outcome) throw redirect(`${new URL(request.url).pathname}?saved=answer`);
  return data(outcome, { status: 400 });
}

const NOTICES = { conduct: "heldReview.saved.conduct", answer: "heldReview.saved.answer", midway: "heldReview.saved.midway" } satisfies Record<string, MessageId>;

export default function HeldReview() {
  const { path, youngPerson, review } = useLoaderData<typeof loader>();
  const outcome = useActionData<typeof action>();
  const { firstName } = youngPerson;
  const title = t("heldReview.title", { firstName, date: formatPlainDate(review.scheduledFor) });
  const errors = outcome?.errors ?? [];
  useErrorTitle(title, errors.length > 0);
  const opened = review.record.firstOpenedAt;
  return (
    <>
      <Link to="/young-people" className="back-link">
        {t("heldReview.back")}
      </Link>
      <ErrorSummary errors={errors} />
      <SavedNotice notices={NOTICES} values={{ firstName }} refused={errors.length > 0} />
      <h1>{title}</h1>
      <h2>{t("heldReview.todo.title")}</h2>
      <ul className="list">
        <li>
          <DeadlineLine label="heldReview.recommendationsDue" deadline={review.recommendationsDeadline} />
        </li>
        <li>
          <DeadlineLine label="heldReview.recordDue" deadline={review.record.deadline} />
        </li>
      </ul>
      <p>
        {!review.record.latest
          ? t("heldReview.notShared", { firstName })
          : opened
            ? t("heldReview.opened", { firstName, date: formatDate(opened), time: formatTime(opened) })
            : t("heldReview.notOpened", { firstName })}
      </p>
      <h2>{t("heldReview.parts.title")}</h2>
      <ul className="list record-parts">
        <li>
          {/* Who came is recorded for the last review held, with their feedback links (issue 12's attendance page). */}
          <Link to={`/young-people/${review.youngPersonId}/review/attendees`}>{t("heldReview.parts.attendees")}</Link>{" "}
          <span>{t(review.attendees.length > 0 ? "heldReview.done" : "heldReview.notDone")}</span>
        </li>
        <li>
          <Link to={`${path}/how-it-went`}>{t("heldReview.parts.conduct")}</Link> <span>{t(review.conduct ? "heldReview.done" : "heldReview.notDone")}</span>
          <p className="hint">{t("heldReview.parts.conduct.hint")}</p>
        </li>
        <li>
          <Link to={`${path}/recommendations`}>{t("heldReview.parts.recommendations")}</Link>{" "}
          <span>{t(review.recommendationsIssuedAt ? "heldReview.done" : "heldReview.notDone")}</span>
        </li>
        <li>
          <Link to={`${path}/record`}>{t("heldReview.parts.record", { firstName })}</Link> <span>{t(review.record.latest ? "heldReview.done" : "heldReview.notDone")}</span>
        </li>
        <li>
          <Link to={`${path}/midway`}>{t("heldReview.parts.midway")}</Link>
          {review.midwayReviews.map((midway) => (
            <p key={midway.id}>
              {t("midway.item", { date: formatPlainDay(midway.checkedOn) })}
              {midway.concernRaised ? ` ${t("midway.concernRaised")}` : ""}
            </p>
          ))}
        </li>
      </ul>
      <section aria-labelledby="questions-title">
        <h2 id="questions-title">{t("heldReview.questions.title", { firstName })}</h2>
        {review.recordQuestions.length === 0 ? <p>{t("heldReview.questions.none", { firstName })}</p> : null}
        {review.recordQuestions.map((question) => {
          const failed = outcome && outcome.scope === question.id ? outcome : undefined;
          return (
            <div className="record-question" key={question.id}>
              <h3>{t(`myRecord.asked.kind.${question.kind}`)}</h3>
              <blockquote className="quote">{question.message}</blockquote>
              <p className="hint">{t("heldReview.questions.asked", { date: formatDate(question.askedAt), time: formatTime(question.askedAt) })}</p>
              {question.answer ? <p>{t("heldReview.answered", { answer: question.answer })}</p> : null}
              <Form method="post">
                <input type="hidden" name="questionId" value={question.id} />
                <Keepable scope={question.id}>
                  <TextArea
                    id={`answer-${question.id}`}
                    name="answer"
                    label={t("heldReview.answer.label", { firstName })}
                    hint={t("heldReview.answer.hint", { firstName })}
                    error={failed?.errors.map((error) => error.message).join(" ")}
                    defaultValue={failed?.values.answer ?? question.answer ?? ""}
                  />
                </Keepable>
                <button type="submit" className="button">
                  {t("heldReview.answer.send")}
                </button>
              </Form>
            </div>
          );
        })}
      </section>
    </>
  );
}
