import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { openQuestion, saveAnswer } from "~/contributions/contribution-form.server";
import { ANSWER_FIELD, pathAfter, pathBefore, progress, START_PATH } from "~/contributions/contribution-pages";
import { pageTitle } from "~/components/page-title";
import { TextArea } from "~/components/text-area";
import { t } from "~/messages/messages";
import { answerQuestion } from "~/question-page/answer-question.server";
import { pressedButton } from "~/question-page/question-buttons";
import { QuestionPage, questionPageHandle } from "~/question-page/question-page";
import { postedForm } from "~/kept/posted-form.server";
import { textLimit } from "~/question-page/text-limits";
import { formText } from "~/session/form-text";

export const handle = questionPageHandle;

export const meta: MetaFunction<typeof loader> = ({ data: page }) =>
  page ? [{ title: pageTitle(t(`contribute.question.${page.id}.label`, { firstName: page.firstName })) }] : [];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { form, id, headers } = await openQuestion(request, context, params.questionId);
  return data({ id, firstName: form.youngPersonFirstName, saved: form.draft[id] ?? "", progress: progress(form.questions, id) }, { headers });
}

/** Each button keeps the answer first: Continue goes on, Back goes back, "save and come back later" says how to come back. */
export async function action({ request, context, params }: ActionFunctionArgs) {
  // Read first, so that an answer sent after this browser lost the link is kept.
  const form = await postedForm(request);
  const question = await openQuestion(request, context, params.questionId);
  const { questions } = question.form;
  const returnToCheck = new URL(request.url).searchParams.has("return");
  return answerQuestion(request, pressedButton(form), () => saveAnswer(context, question, formText(form.get(ANSWER_FIELD))), {
    continue: pathAfter(questions, question.id, returnToCheck),
    back: pathBefore(questions, question.id, returnToCheck),
    later: `${START_PATH}?saved`,
  });
}

export default function ContributionQuestion() {
  const { id, firstName, saved, progress } = useLoaderData<typeof loader>();
  const refused = useActionData<typeof action>();
  const errors = refused?.errors ?? [];
  const label = t(`contribute.question.${id}.label`, { firstName });
  return (
    <QuestionPage key={id} title={label} caption={t("contribute.caption", { firstName })} progress={progress} errors={errors} skipHint={t("contribute.skip")}>
      <TextArea
        id={ANSWER_FIELD}
        name={ANSWER_FIELD}
        label={label}
        labelIsHeading
        hint={t(`contribute.question.${id}.hint`, { firstName })}
        error={errors.find((error) => error.field === ANSWER_FIELD)?.message}
        defaultValue={refused?.text ?? saved}
        limit={textLimit("contribute", `answers.${id}`)}
      />
    </QuestionPage>
  );
}
