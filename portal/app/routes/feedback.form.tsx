import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ErrorSummary } from "~/components/error-summary";
import { pageTitle, useErrorTitle } from "~/components/page-title";
import { FeedbackQuestions } from "~/feedback/feedback-questions";
import { FEEDBACK_PATH, FEEDBACK_SENT_PATH, loadFeedbackPage, postFeedback } from "~/feedback/feedback-link.server";
import { formatDate, formatTime } from "~/format/dates";
import { postedForm } from "~/kept/posted-form.server";
import { t } from "~/messages/messages";

export const meta: MetaFunction<typeof loader> = ({ data: page }) => {
  if (!page) return [];
  return [{ title: pageTitle(page.open ? t("feedback.start.title", { firstName: page.firstName }) : t(`contribute.closed.${page.reason}.title`)) }];
};

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { page, status, headers } = await loadFeedbackPage(request, context);
  return data(page, { status, headers });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const posted = await postFeedback(request, context, await postedForm(request));
  if ("errors" in posted) return data(posted, { status: 400 });
  if (posted.done === "sent") throw redirect(FEEDBACK_SENT_PATH, { headers: posted.headers });
  throw redirect(posted.done === "saved" ? `${FEEDBACK_PATH}?saved` : FEEDBACK_PATH);
}

/** The feedback form a link opens, on one page; or, for a link that cannot be used, the plain page views links get. */
export default function Feedback() {
  const page = useLoaderData<typeof loader>();
  const posted = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const title = page.open ? t("feedback.start.title", { firstName: page.firstName }) : t(`contribute.closed.${page.reason}.title`);
  const errors = posted?.errors ?? [];
  useErrorTitle(title, errors.length > 0);
  if (!page.open) {
    return (
      <>
        <h1>{title}</h1>
        <p>{t(`contribute.closed.${page.reason}.body`)}</p>
      </>
    );
  }
  return (
    <>
      <ErrorSummary errors={errors} />
      {searchParams.has("saved") && errors.length === 0 ? (
        <div className="notice" role="status">
          <p>{t("feedback.saved", { date: formatDate(page.closesAt) })}</p>
        </div>
      ) : null}
      <h1>{title}</h1>
      <p className="lead">{t("feedback.start.lead", { firstName: page.firstName, date: formatDate(page.reviewHeldAt) })}</p>
      <p>{t("feedback.start.closes", { date: formatDate(page.closesAt) })}</p>
      {page.draftSavedAt ? <p>{t("feedback.draftSaved", { date: formatDate(page.draftSavedAt), time: formatTime(page.draftSavedAt) })}</p> : null}
      <Form method="post" noValidate>
        <FeedbackQuestions draft={posted?.draft ?? page.draft} errors={errors} young={false} firstName={page.firstName} submissionKey={page.submissionKey} />
      </Form>
    </>
  );
}
