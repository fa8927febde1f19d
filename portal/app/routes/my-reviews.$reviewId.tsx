import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ErrorSummary } from "~/components/error-summary";
import { OptionGroup } from "~/components/option-group";
import { pageTitle, useErrorTitle } from "~/components/page-title";
import { PrintButton } from "~/components/print-button";
import { TextArea } from "~/components/text-area";
import { formatDate, formatPlainDate, formatTime } from "~/format/dates";
import { Keepable } from "~/kept/keepable";
import { postedForm } from "~/kept/posted-form.server";
import { t } from "~/messages/messages";
import { RecommendationList } from "~/review-record/recommendation-list";
import { RECORD_SECTIONS } from "~/review-record/review-record-forms";
import { askAboutRecord, loadMyRecord } from "~/review-record/review-record.server";

export const meta: MetaFunction<typeof loader> = ({ data: page }) =>
  page ? [{ title: pageTitle(t("myRecord.title", { date: formatPlainDate(page.review.scheduledFor) })) }] : [];

export function loader({ request, params }: LoaderFunctionArgs) {
  return loadMyRecord(request, params.reviewId ?? "");
}

export async function action({ request, params }: ActionFunctionArgs) {
  const outcome = await askAboutRecord(request, params.reviewId ?? "", await postedForm(request));
  if ("done" in outcome) throw redirect(`${new URL(request.url).pathname}?sent#asked`);
  return data(outcome, { status: 400 });
}

export default function MyRecord() {
  const { review, submissionKey } = useLoaderData<typeof loader>();
  const outcome = useActionData<typeof action>();
  const [search] = useSearchParams();
  const title = t("myRecord.title", { date: formatPlainDate(review.scheduledFor) });
  const errors = outcome && "errors" in outcome ? outcome.errors : [];
  useErrorTitle(title, errors.length > 0);
  const sent = outcome && "values" in outcome ? outcome.values : null;
  const latest = review.record.latest;
  const errorFor = (field: string) => errors.find((error) => error.field === field)?.message;
  // Every correction is said, newest first, with the IRO's reason: the young person sees what changed and why.
  const corrections = review.record.versions.filter((version) => version.reason);
  return (
    <div className="reader">
      <Link to="/my-reviews" className="back-link no-print">
        {t("myReviews.back")}
      </Link>
      <ErrorSummary errors={errors} />
      {errors.length === 0 && search.has("sent") ? (
        <div className="notice no-print" role="status">
          <p>{t("myRecord.ask.sent")}</p>
        </div>
      ) : null}
      <h1>{title}</h1>
      {corrections.map((version) => (
        <p className="reader__changed" key={version.number}>
          {t("myRecord.changed", { date: formatPlainDate(version.completedAt), reason: version.reason ?? "" })}
        </p>
      ))}
      <PrintButton label={t("myRecord.print")} />
      {latest
        ? RECORD_SECTIONS.filter((section) => latest[section]).map((section) => (
            <section key={section} aria-labelledby={`${section}-title`}>
              <h2 id={`${section}-title`}>{t(`record.${section}.label`)}</h2>
              {(latest[section] ?? "").split(/\n+/).map((paragraph, index) => (
                <p key={index}>{paragraph}</p>
              ))}
            </section>
          ))
        : null}
      <section aria-labelledby="recommendations-title">
        <h2 id="recommendations-title">{t("myRecord.recommendations.title")}</h2>
        {review.recommendations.length === 0 ? <p>{t("myRecord.recommendations.none")}</p> : null}
        <RecommendationList recommendations={review.recommendations} />
      </section>
      {review.recordQuestions.length > 0 ? (
        <section aria-labelledby="asked" className="no-print">
          <h2 id="asked">{t("myRecord.asked.title")}</h2>
          {review.recordQuestions.map((question) => (
            <div className="record-question" key={question.id}>
              <h3>{t(`myRecord.asked.kind.${question.kind}`)}</h3>
              <blockquote className="quote">{question.message}</blockquote>
              <p className="hint">{t("heldReview.questions.asked", { date: formatDate(question.askedAt), time: formatTime(question.askedAt) })}</p>
              {question.answer ? (
                <>
                  <h4>{t("myRecord.asked.answer")}</h4>
                  <p>{question.answer}</p>
                </>
              ) : (
                <p>{t("myRecord.asked.waiting")}</p>
              )}
            </div>
          ))}
        </section>
      ) : null}
      <section aria-labelledby="ask-title" className="no-print">
        <h2 id="ask-title">{t("myRecord.ask.title")}</h2>
        {/* A new form once a message is sent, so that the boxes are empty for the next. */}
        <Form method="post" noValidate key={review.recordQuestions.length}>
          <input type="hidden" name="submissionKey" value={submissionKey} />
          <Keepable>
            <OptionGroup
              type="radio"
              name="kind"
              legend={t("myRecord.ask.kind.legend")}
              error={errorFor("kind")}
              options={(["QUESTION", "NOT_RIGHT"] as const).map((kind) => ({ value: kind, label: t(`myRecord.ask.kind.${kind}`) }))}
              checked={sent?.kind ? [sent.kind] : []}
            />
            <TextArea
              id="message"
              name="message"
              label={t("myRecord.ask.message.label")}
              hint={t("myRecord.ask.message.hint")}
              error={errorFor("message")}
              defaultValue={sent?.message ?? ""}
              limit={1000}
            />
          </Keepable>
          <button type="submit" className="button">
            {t("myRecord.ask.send")}
          </button>
        </Form>
      </section>
    </div>
  );
}
