import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { postedForm } from "~/kept/posted-form.server";
import { useActionData, useLoaderData, useParams, type ShouldRevalidateFunction } from "@remix-run/react";
import type { FormError } from "~/components/error-summary";
import { OptionGroup } from "~/components/option-group";
import { pageTitle } from "~/components/page-title";
import { TextArea } from "~/components/text-area";
import { t } from "~/messages/messages";
import { textLimit } from "~/question-page/text-limits";
import { answerInBackground, answerQuestion } from "~/question-page/answer-question.server";
import { pressedButton } from "~/question-page/question-buttons";
import { QuestionPage, questionPageHandle } from "~/question-page/question-page";
import { AudienceNotice, WordsSwitch } from "~/views/audience-notice";
import { FeelingFace } from "~/views/feeling-face";
import { loadOpenViews, saveMyViews } from "~/views/my-views.server";
import { FEELINGS, isQuestionId, pathAfter, pathBefore, progress, QUESTIONS, returnToFrom, SAVED_PATH, type Question } from "~/views/questions";
import { useAutosave } from "~/views/use-autosave";
import { answerFromForm, BACKGROUND_SAVE, shorterWordsAskedFor, valueFromDraft, WORDS_SWITCHES } from "~/views/views-form";
import { words } from "~/views/words";

export const handle = questionPageHandle;

function questionFor(id: string | undefined): Question {
  if (!isQuestionId(id)) throw new Response(null, { status: 404 });
  return QUESTIONS[id];
}

export const meta: MetaFunction<typeof loader> = ({ params, data }) =>
  isQuestionId(params.question) ? [{ title: pageTitle(words(`${params.question}.title`, data?.shorter ?? false)) }] : [];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const question = questionFor(params.question);
  const { draft, shorter } = await loadOpenViews(request);
  return { value: valueFromDraft(question, draft), audience: draft?.audience ?? null, shorter };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const question = questionFor(params.question);
  const url = new URL(request.url);
  const form = await postedForm(request);
  const pressed = pressedButton(form, [...WORDS_SWITCHES, BACKGROUND_SAVE]);
  const { changes, value } = answerFromForm(question, form);
  const save = async () => {
    const errors = await saveMyViews(request, changes, shorterWordsAskedFor(pressed));
    return errors.length > 0 ? { errors, value } : null;
  };
  // A background save says only whether it worked: the page shows why when the young person presses a button.
  if (pressed === BACKGROUND_SAVE) return answerInBackground(save);
  const returnTo = returnToFrom(url.searchParams);
  const here = `${url.pathname}${url.search}`;
  return answerQuestion(request, pressed, save, {
    continue: pathAfter(question.id, returnTo),
    back: pathBefore(question.id, returnTo),
    later: SAVED_PATH,
    "fewer-words": here,
    "more-words": here,
  });
}

/** A background save changes nothing the page shows, so the page's data is not fetched again after each one. */
export const shouldRevalidate: ShouldRevalidateFunction = ({ formData, defaultShouldRevalidate }) =>
  formData?.get("intent") === BACKGROUND_SAVE ? false : defaultShouldRevalidate;

type ViewsQuestionProps = { question: Question; value: string; errors: readonly FormError[] } & Omit<ReturnType<typeof useLoaderData<typeof loader>>, "value">;

function ViewsQuestion({ question, value, errors, audience, shorter }: ViewsQuestionProps) {
  const autosave = useAutosave();
  const title = words(`${question.id}.title`, shorter);
  const hint = words(`${question.id}.hint`, shorter);
  const error = errors.find((each) => each.field === question.name)?.message;
  return (
    <QuestionPage
      title={title}
      caption={t("views.title")}
      progress={progress(question.id)}
      errors={errors}
      audience={<AudienceNotice audience={audience} shorter={shorter} from={question.id} />}
      skipHint={t("questionPage.skip")}
      backgroundSave={autosave}
      footer={
        <>
          <p className="autosave-status" role="status">
            {autosave.status}
          </p>
          <WordsSwitch shorter={shorter} />
        </>
      }
    >
      {question.kind === "text" ? (
        <TextArea id={question.name} name={question.name} label={title} labelIsHeading hint={hint} error={error} defaultValue={value} rows={8} limit={textLimit("views", question.name)} />
      ) : (
        <OptionGroup
          type="radio"
          name={question.name}
          legend={title}
          legendIsHeading
          hint={hint}
          error={error}
          options={FEELINGS.map((feeling) => ({ value: feeling, label: words(`feeling.${feeling}`, shorter), icon: <FeelingFace feeling={feeling} /> }))}
          checked={value ? [value] : []}
        />
      )}
    </QuestionPage>
  );
}

export default function ViewsQuestionRoute() {
  const { value, ...page } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const question = questionFor(useParams().question);
  const refused = result && "errors" in result ? result : null;
  // Keyed by question, so each page starts with its own saved answer and its own background saves.
  return <ViewsQuestion key={question.id} question={question} value={refused?.value ?? value} errors={refused?.errors ?? []} {...page} />;
}
