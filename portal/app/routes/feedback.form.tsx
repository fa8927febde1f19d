import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { pageTitle, useErrorTitle } from "~/components/page-title";
import { FeedbackFormPage } from "~/feedback/feedback-form-page";
import { FEEDBACK_PATH, FEEDBACK_SENT_PATH, loadFeedbackPage, postFeedback } from "~/feedback/feedback-link.server";
import { formatDate } from "~/format/dates";
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
    <FeedbackFormPage
      title={title}
      intro={
        <>
          <p className="lead">{t("feedback.start.lead", { firstName: page.firstName, date: formatDate(page.reviewHeldAt) })}</p>
          <p>{t("feedback.start.closes", { date: formatDate(page.closesAt) })}</p>
        </>
      }
      closesAt={page.closesAt}
      draftSavedAt={page.draftSavedAt}
      draft={posted?.draft ?? page.draft}
      errors={errors}
      saved={searchParams.has("saved")}
      young={false}
      firstName={page.firstName}
      submissionKey={page.submissionKey}
    />
  );
}
