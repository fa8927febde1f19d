import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { postedForm } from "~/kept/posted-form.server";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { BackLink } from "~/components/back-link";
import { ErrorSummary } from "~/components/error-summary";
import { pageTitle, useErrorTitle } from "~/components/page-title";
import { t } from "~/messages/messages";
import { formText } from "~/session/form-text";
import { WordsSwitch } from "~/views/audience-notice";
import { loadOpenViews, newSubmissionKey, saveMyViews, submitMyViews } from "~/views/my-views.server";
import { CHECK_ANSWERS_PATH, SENT_PATH, START_PATH } from "~/views/questions";
import { pressedButton } from "~/question-page/question-buttons";
import { MAIN_BUTTON_ID } from "~/question-page/question-page";
import { shorterWordsAskedFor, WORDS_SWITCHES } from "~/views/views-form";
import { ViewsSummary } from "~/views/views-summary";

export const meta: MetaFunction = () => [{ title: pageTitle(t("views.check.title")) }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { draft, shorter } = await loadOpenViews(request);
  return { draft, shorter, submissionKey: newSubmissionKey() };
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await postedForm(request);
  const shorter = shorterWordsAskedFor(pressedButton(form, WORDS_SWITCHES));
  if (shorter !== undefined) {
    await saveMyViews(request, {}, shorter);
    throw redirect(CHECK_ANSWERS_PATH);
  }
  const errors = await submitMyViews(request, formText(form.get("submissionKey")));
  if (errors.length === 0) throw redirect(SENT_PATH);
  return data({ errors }, { status: 400 });
}

export default function CheckViews() {
  const { draft, shorter, submissionKey } = useLoaderData<typeof loader>();
  const errors = useActionData<typeof action>()?.errors ?? [];
  useErrorTitle(t("views.check.title"), errors.length > 0);
  return (
    <>
      <BackLink to={START_PATH} />
      <ErrorSummary errors={errors} />
      <span className="caption">{t("views.title")}</span>
      <h1>{t("views.check.title")}</h1>
      <p>{t("views.check.intro")}</p>
      <ViewsSummary draft={draft} shorter={shorter} />
      <p>{t("views.check.after")}</p>
      <Form method="post">
        {/* Made when this page was shown: a double click or a resent form carries the same key, and is stored once. */}
        <input type="hidden" name="submissionKey" value={submissionKey} />
        <div className="button-group">
          <button type="submit" className="button" id={MAIN_BUTTON_ID}>
            {t("views.check.send")}
          </button>
        </div>
        <WordsSwitch shorter={shorter} />
      </Form>
    </>
  );
}
