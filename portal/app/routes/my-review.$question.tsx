import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useParams, useSearchParams } from "@remix-run/react";
import { valuesFromDraft, type FieldValues } from "~/choices/choice-form";
import { loadQuestion, saveQuestion } from "~/choices/my-review.server";
import { isQuestionId, pathAfter, pathBefore, QUESTIONS, type Control, type Question } from "~/choices/questions";
import { BackLink } from "~/components/back-link";
import { ErrorSummary, type FormError } from "~/components/error-summary";
import { OptionGroup } from "~/components/option-group";
import { pageTitle, useErrorTitle } from "~/components/page-title";
import { TextArea } from "~/components/text-area";
import { TextField } from "~/components/text-field";
import { t, type MessageId } from "~/messages/messages";

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
  const form = await request.formData();
  const result = await saveQuestion(request, question, form);
  if (!result.saved) return data(result, { status: 400 });
  if (form.get("intent") === "later") throw redirect("/my-review?saved");
  throw redirect(pathAfter(question.id, new URL(request.url).searchParams.has("return")));
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
    return control.multiline ? <TextArea id={control.name} {...text} /> : <TextField {...text} />;
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
  const result = useActionData<typeof action>();
  const question = questionFor(useParams().question);
  const [searchParams] = useSearchParams();
  const returnToCheck = searchParams.has("return");
  const errors = result && !result.saved ? result.errors : [];
  const values = result && !result.saved ? result.values : valuesFromDraft(question, draft);
  const isOnlyOne = question.controls.length === 1;
  useErrorTitle(t(`choices.${question.id}.title`), errors.length > 0);
  return (
    <>
      <BackLink to={pathBefore(question.id, returnToCheck)} />
      <ErrorSummary errors={errors} />
      <span className="caption">{t("myReview.title")}</span>
      {isOnlyOne ? null : (
        <>
          <h1>{t(`choices.${question.id}.title`)}</h1>
          <p>{t(`choices.${question.id}.why`)}</p>
        </>
      )}
      {question.isPrivate ? <p className="panel panel--important">{t("choices.private")}</p> : null}
      <Form method="post" noValidate key={question.id}>
        {question.controls.map((control) => (
          <Field key={control.name} control={control} values={values} errors={errors} network={network} isOnlyOne={isOnlyOne} question={question} />
        ))}
        <p className="hint">{t("choices.optional")}</p>
        <div className="button-group">
          <button type="submit" className="button">
            {t("choices.continue")}
          </button>
          <button type="submit" name="intent" value="later" className="button button--secondary">
            {t("choices.later")}
          </button>
        </div>
      </Form>
    </>
  );
}
