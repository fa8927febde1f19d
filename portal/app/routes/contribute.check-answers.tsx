import { randomUUID } from "node:crypto";
import { postedForm } from "~/kept/posted-form.server";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireOpenForm, sendViews } from "~/contributions/contribution-form.server";
import { questionPath, SEND_FIELD, START_PATH } from "~/contributions/contribution-pages";
import { BackLink } from "~/components/back-link";
import { ErrorSummary } from "~/components/error-summary";
import { pageTitle, useErrorTitle } from "~/components/page-title";
import { SummaryList } from "~/components/summary-list";
import { t } from "~/messages/messages";
import { formText } from "~/session/form-text";

export const meta: MetaFunction = () => [{ title: pageTitle(t("contribute.check.title")) }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { form, headers } = await requireOpenForm(request, context);
  const last = form.questions[form.questions.length - 1];
  return data(
    {
      firstName: form.youngPersonFirstName,
      answers: form.questions.map((id) => ({ id, text: form.draft[id] ?? "" })),
      back: last ? questionPath(last) : START_PATH,
      // Made afresh each time the page is shown: pressing Send twice, or a retry, sends the same key and is sent once.
      submissionKey: randomUUID(),
    },
    { headers },
  );
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await postedForm(request);
  const errors = await sendViews(request, context, formText(form.get("submissionKey")));
  return data({ errors }, { status: 400 });
}

export default function ContributionCheckAnswers() {
  const { firstName, answers, back, submissionKey } = useLoaderData<typeof loader>();
  const errors = useActionData<typeof action>()?.errors ?? [];
  useErrorTitle(t("contribute.check.title"), errors.length > 0);
  return (
    <>
      <BackLink to={back} />
      <ErrorSummary errors={errors} />
      <span className="caption">{t("contribute.caption", { firstName })}</span>
      <h1>{t("contribute.check.title")}</h1>
      <p>{t("contribute.check.intro", { firstName })}</p>
      <SummaryList
        rows={answers.map(({ id, text }) => {
          const question = t(`contribute.question.${id}.label`, { firstName });
          return {
            key: id,
            label: question,
            value: text.trim() !== "" ? text : t("contribute.check.notAnswered"),
            action: (
              <Link to={questionPath(id, true)}>
                {t("contribute.check.change")}
                <span className="visually-hidden"> {question}</span>
              </Link>
            ),
          };
        })}
      />
      <Form method="post">
        <input type="hidden" name="submissionKey" value={submissionKey} />
        <button type="submit" className="button" id={SEND_FIELD}>
          {t("contribute.check.send")}
        </button>
      </Form>
    </>
  );
}
