import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { requireOpenForm, saveAnswer } from "~/contributions/contribution-form.server";
import { ANSWER_FIELD, askedQuestion, pathAfter, pathBefore, START_PATH } from "~/contributions/contribution-pages";
import { BackLink } from "~/components/back-link";
import { ErrorSummary } from "~/components/error-summary";
import { pageTitle, useErrorTitle } from "~/components/page-title";
import { TextArea } from "~/components/text-area";
import { t } from "~/messages/messages";
import { formText } from "~/session/form-text";

export const meta: MetaFunction<typeof loader> = ({ data: page }) =>
  page ? [{ title: pageTitle(t(`contribute.question.${page.id}.label`, { firstName: page.firstName })) }] : [];

const returnsToCheck = (request: Request) => new URL(request.url).searchParams.has("return");

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { form, headers } = await requireOpenForm(request, context);
  const id = askedQuestion(form.questions, params.questionId);
  if (!id) throw new Response(null, { status: 404 });
  return data(
    { id, firstName: form.youngPersonFirstName, saved: form.draft[id] ?? "", back: pathBefore(form.questions, id, returnsToCheck(request)) },
    { headers },
  );
}

/** Continue keeps the answer and goes on; "save and come back later" keeps it and says how to come back. */
export async function action({ request, context, params }: ActionFunctionArgs) {
  const form = await request.formData();
  const result = await saveAnswer(request, context, { question: params.questionId, text: formText(form.get(ANSWER_FIELD)) });
  if (!result.saved) return data(result, { status: 400 });
  if (form.get("intent") === "later") throw redirect(`${START_PATH}?saved`);
  throw redirect(pathAfter(result.questions, result.id, returnsToCheck(request)));
}

export default function ContributionQuestion() {
  const { id, firstName, saved, back } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errors = result && !result.saved ? result.errors : [];
  const label = t(`contribute.question.${id}.label`, { firstName });
  useErrorTitle(label, errors.length > 0);
  return (
    <>
      <BackLink to={back} />
      <ErrorSummary errors={errors} />
      <span className="caption">{t("contribute.caption", { firstName })}</span>
      <Form method="post" noValidate key={id}>
        <TextArea
          id={ANSWER_FIELD}
          name={ANSWER_FIELD}
          label={label}
          labelIsHeading
          hint={t(`contribute.question.${id}.hint`, { firstName })}
          error={errors.find((error) => error.field === ANSWER_FIELD)?.message}
          defaultValue={result && !result.saved ? result.text : saved}
        />
        <p className="hint">{t("contribute.skip")}</p>
        <div className="button-group">
          <button type="submit" className="button">
            {t("contribute.continue")}
          </button>
          <button type="submit" name="intent" value="later" className="button button--secondary">
            {t("contribute.later")}
          </button>
        </div>
      </Form>
    </>
  );
}
