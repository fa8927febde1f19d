import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ErrorSummary } from "~/components/error-summary";
import { pageTitle, useErrorTitle } from "~/components/page-title";
import { FeedbackQuestions } from "~/feedback/feedback-questions";
import { loadMyFeedback, postMyFeedback } from "~/feedback/my-feedback.server";
import { formatDate, formatTime } from "~/format/dates";
import { postedForm } from "~/kept/posted-form.server";
import { t } from "~/messages/messages";
import { asSignedIn } from "~/session/signed-in.server";

export const meta: MetaFunction = () => [{ title: pageTitle(t("feedback.young.title")) }];

export function loader({ request }: LoaderFunctionArgs) {
  return asSignedIn(request, (options) => loadMyFeedback(options));
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await postedForm(request);
  const posted = await asSignedIn(request, (options) => postMyFeedback(form, options));
  if ("errors" in posted) return data(posted, { status: 400 });
  if (posted.done === "notNow") throw redirect("/");
  throw redirect(posted.done === "saved" ? "/my-feedback?saved" : "/my-feedback");
}

/** The young person's own feedback on their last review, with faces, in the portal. */
export default function MyFeedback() {
  const page = useLoaderData<typeof loader>();
  const posted = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const errors = posted?.errors ?? [];
  const title = page.open && page.sent ? t("feedback.young.sent.title") : t("feedback.young.title");
  useErrorTitle(title, errors.length > 0);
  if (!page.open || page.sent) {
    return (
      <>
        <h1>{title}</h1>
        <p>{page.open ? t("feedback.young.sent.body") : t("feedback.young.none")}</p>
        <p>
          <Link to="/">{t("error.home")}</Link>
        </p>
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
      <p className="lead">{t("feedback.young.lead", { date: formatDate(page.reviewHeldAt) })}</p>
      {page.draftSavedAt ? <p>{t("feedback.draftSaved", { date: formatDate(page.draftSavedAt), time: formatTime(page.draftSavedAt) })}</p> : null}
      <Form method="post" noValidate>
        <FeedbackQuestions draft={posted?.draft ?? page.draft} errors={errors} young firstName="" submissionKey={page.submissionKey} />
      </Form>
    </>
  );
}
