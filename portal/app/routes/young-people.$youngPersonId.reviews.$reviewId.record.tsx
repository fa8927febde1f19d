import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary } from "~/components/error-summary";
import { pageTitle, useErrorTitle } from "~/components/page-title";
import { TextArea } from "~/components/text-area";
import { formatDate } from "~/format/dates";
import { Keepable } from "~/kept/keepable";
import { postedForm } from "~/kept/posted-form.server";
import { t, type MessageId } from "~/messages/messages";
import { SavedNotice } from "~/review-record/saved-notice";
import { DeadlineLine } from "~/review-record/deadline-line";
import { RECORD_SECTIONS } from "~/review-record/review-record-forms";
import { actOnRecord, loadHeldReview } from "~/review-record/review-record.server";

export const meta: MetaFunction<typeof loader> = ({ data: page }) => (page ? [{ title: pageTitle(t("record.title", { firstName: page.youngPerson.firstName })) }] : []);

export function loader({ request, params }: LoaderFunctionArgs) {
  return loadHeldReview(request, params.youngPersonId ?? "", params.reviewId ?? "");
}

export async function action({ request, params }: ActionFunctionArgs) {
  const outcome = await actOnRecord(request, params.reviewId ?? "", await postedForm(request));
  if ("done" in outcome) throw redirect(`${new URL(request.url).pathname}?saved=${outcome.done}`);
  return data(outcome, { status: 400 });
}

const NOTICES = { draft: "record.saved.draft", complete: "record.saved.complete" } satisfies Record<string, MessageId>;

export default function Record() {
  const { path, youngPerson, review, submissionKey } = useLoaderData<typeof loader>();
  const outcome = useActionData<typeof action>();
  const { firstName } = youngPerson;
  const title = t("record.title", { firstName });
  const errors = outcome && "errors" in outcome ? outcome.errors : [];
  useErrorTitle(title, errors.length > 0);
  const sent = outcome && "values" in outcome ? outcome.values : null;
  const draft = review.record.draft;
  const latest = review.record.latest;
  const errorFor = (field: string) => errors.find((error) => error.field === field)?.message;
  return (
    <>
      <Link to={path} className="back-link">
        {t("conduct.back")}
      </Link>
      <ErrorSummary errors={errors} />
      <SavedNotice notices={NOTICES} values={{ firstName }} refused={errors.length > 0} />
      <h1>{title}</h1>
      <p>
        <DeadlineLine label="heldReview.recordDue" deadline={review.record.deadline} />
      </p>
      {latest ? <p>{t("record.shared", { number: String(latest.number), firstName, date: formatDate(latest.completedAt) })}</p> : null}
      <p>{t("record.intro", { firstName })}</p>
      <Form method="post" noValidate>
        <input type="hidden" name="submissionKey" value={submissionKey} />
        <Keepable>
          {RECORD_SECTIONS.map((section) => (
            <TextArea
              key={section}
              id={section}
              name={section}
              label={t(`record.${section}.label`)}
              error={errorFor(section)}
              defaultValue={sent?.[section] ?? draft?.[section] ?? ""}
              rows={6}
            />
          ))}
          {latest ? (
            <TextArea
              id="reason"
              name="reason"
              label={t("record.reason.label")}
              hint={t("record.reason.hint", { firstName })}
              error={errorFor("reason")}
              defaultValue={sent?.reason ?? ""}
              rows={2}
            />
          ) : null}
        </Keepable>
        <div className="button-group">
          <button type="submit" name="intent" value="complete" className="button">
            {t(latest ? "record.correct" : "record.complete", { firstName })}
          </button>
          <button type="submit" name="intent" value="draft" className="button button--secondary">
            {t("record.save")}
          </button>
        </div>
      </Form>
    </>
  );
}
