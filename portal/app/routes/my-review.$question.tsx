import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { postedForm } from "~/kept/posted-form.server";
import { useActionData, useLoaderData, useParams } from "@remix-run/react";
import { valuesFromDraft, type FieldValues } from "~/choices/choice-form";
import { loadQuestion, saveQuestion } from "~/choices/my-review.server";
import { isQuestionId, pathAfter, pathBefore, progress, QUESTIONS, START_PATH, type Control, type Question } from "~/choices/questions";
import type { FormError } from "~/components/error-summary";
import { OptionGroup } from "~/components/option-group";
import { pageTitle } from "~/components/page-title";
import { TextArea } from "~/components/text-area";
import { TextField } from "~/components/text-field";
import { t, type MessageId } from "~/messages/messages";
import { answerQuestion } from "~/question-page/answer-question.server";
import { pressedButton } from "~/question-page/question-buttons";
import { QuestionPage, questionPageHandle } from "~/question-page/question-page";
import { textLimit } from "~/question-page/text-limits";

export const handle = questionPageHandle;

function questionFor(id: string | undefined): Question {
  if (!isQuestionId(id)) throw new Response(null, { status: 404 });
  return QUESTIONS[id];
}

export const meta: MetaFunction = ({ params }) =>
  isQuestionId(params.question) ? [{ title: pageTitle(t(`choices.${params.question}.title`)) }] : [];

export async function loader({ request, params }: LoaderFunctionArgs) {
  questionFor(params.question);
  return loadQuestion(request);
}

export async function action({ request, params }: ActionFunctionArgs) {
  const question = questionFor(params.question);
  const form = await postedForm(request);
  const returnToCheck = new URL(request.url).searchParams.has("return");
  return answerQuestion(request, pressedButton(form), () => saveQuestion(request, question, form), {
    continue: pathAfter(question.id, returnToCheck),
    back: pathBefore(question.id, returnToCheck),
    later: `${START_PATH}?saved`,
  });
}

type Network = ReturnType<typeof useLoaderData<typeof loader>>["network"];

function Field({ control, values, errors, network, isOnlyOne, question }: {
  control: Control;
  values: FieldValues;
  errors: readonly FormError[];
  network: Network;
  isOnlyOne: boolean;
  question: Question;
}) {
  const error = errors.find((each) => each.field === control.name)?.message;
  const value = values[control.name];
  const chosen = Array.isArray(value) ? value : value ? [value] : [];
  if (control.kind === "text") {
    const text = {
      name: control.name,
      label: t(`choices.${control.name}.label`),
      hint: t(`choices.${control.name}.hint`),
      defaultValue: typeof value === "string" ? value : "",
      error,
    };
    return control.multiline ? <TextArea id={control.name} {...text} limit={textLimit("choices", control.name)} /> : <TextField {...text} />;
  }
  if (control.kind === "people") {
    const people = network.filter((link) => link.mayBeInvited || !control.invitableOnly).map((link) => link.person);
    if (people.length === 0) return <p>{t("choices.people.empty")}</p>;
    return (
      <OptionGroup
        type="checkbox"
        name={control.name}
        legend={t(`choices.${control.name}.legend`)}
        hint={t(`choices.${control.name}.hint`)}
        error={error}
        options={people.map((person) => ({ value: person.id, label: person.firstName }))}
        checked={chosen}
      />
    );
  }
  const optionLabel = (option: string) => t(`choices.${control.name}.${option}` as MessageId);
  return (
    <OptionGroup
      type={control.kind === "radios" ? "radio" : "checkbox"}
      name={control.name}
      legend={isOnlyOne ? t(`choices.${question.id}.title`) : t(`choices.${control.name}.legend`)}
      legendIsHeading={isOnlyOne}
      hint={isOnlyOne ? t(`choices.${question.id}.why`) : control.kind === "checkboxes" ? t("choices.preferredTimes.hint") : undefined}
      error={error}
      options={control.options.map((option) => ({
        value: option,
        label: optionLabel(option),
        hint: control.kind === "radios" && control.optionHints ? t(`choices.${control.name}.${option}.hint` as MessageId) : undefined,
      }))}
      checked={chosen}
    />
  );
}

export default function ChoiceQuestion() {
  const { draft, network } = useLoaderData<typeof loader>();
  const refused = useActionData<typeof action>();
  const question = questionFor(useParams().question);
  const errors = refused?.errors ?? [];
  const values = refused?.values ?? valuesFromDraft(question, draft);
  const isOnlyOne = question.controls.length === 1;
  const title = t(`choices.${question.id}.title`);
  return (
    <QuestionPage
      key={question.id}
      title={title}
      caption={t("myReview.title")}
      progress={progress(question.id)}
      errors={errors}
      intro={
        <>
          {isOnlyOne ? null : (
            <>
              <h1>{title}</h1>
              <p>{t(`choices.${question.id}.why`)}</p>
            </>
          )}
          {question.isPrivate ? <p className="panel panel--important">{t("choices.private")}</p> : null}
        </>
      }
      skipHint={t("questionPage.skip")}
    >
      {question.controls.map((control) => (
        <Field key={control.name} control={control} values={values} errors={errors} network={network} isOnlyOne={isOnlyOne} question={question} />
      ))}
    </QuestionPage>
  );
}
