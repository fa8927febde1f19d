import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { pageTitle, useErrorTitle } from "~/components/page-title";
import { FeedbackFormPage } from "~/feedback/feedback-form-page";
import { loadMyFeedback, postMyFeedback } from "~/feedback/my-feedback.server";
import { formatDate } from "~/format/dates";
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
    <FeedbackFormPage
      title={title}
      intro={<p className="lead">{t("feedback.young.lead", { date: formatDate(page.reviewHeldAt) })}</p>}
      closesAt={page.closesAt}
      draftSavedAt={page.draftSavedAt}
      draft={posted?.draft ?? page.draft}
      errors={errors}
      saved={searchParams.has("saved")}
      young
      firstName=""
      submissionKey={page.submissionKey}
    />
  );
}
