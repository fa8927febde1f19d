import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useParams, useSearchParams, type ShouldRevalidateFunction } from "@remix-run/react";
import { BackLink } from "~/components/back-link";
import { ErrorSummary, type FormError } from "~/components/error-summary";
import { OptionGroup } from "~/components/option-group";
import { pageTitle, useErrorTitle } from "~/components/page-title";
import { TextArea } from "~/components/text-area";
import { t } from "~/messages/messages";
import { AudienceNotice, WordsSwitch } from "~/views/audience-notice";
import { FeelingFace } from "~/views/feeling-face";
import { loadOpenViews, saveMyViews } from "~/views/my-views.server";
import { FEELINGS, isQuestionId, pathAfter, pathBefore, QUESTIONS, returnToFrom, type Question } from "~/views/questions";
import { useAutosave } from "~/views/use-autosave";
import { answerFromForm, intentFrom, MAIN_BUTTON_ID, shorterWordsAskedFor, valueFromDraft } from "~/views/views-form";
import { words } from "~/views/words";

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
  const form = await request.formData();
  const intent = intentFrom(form);
  const { changes, value } = answerFromForm(question, form);
  const errors = await saveMyViews(request, changes, shorterWordsAskedFor(intent));
  // A background save says only whether it worked: the page shows why when the young person presses a button.
  if (intent === "autosave") return data({ autosaved: errors.length === 0 }, { status: errors.length === 0 ? 200 : 400 });
  if (errors.length > 0) return data({ errors, value }, { status: 400 });
  if (intent === "later") throw redirect("/my-views?saved");
  if (intent === "continue") throw redirect(pathAfter(question.id, returnToFrom(url.searchParams)));
  throw redirect(`${url.pathname}${url.search}`);
}

/** A background save changes nothing the page shows, so the page's data is not fetched again after each one. */
export const shouldRevalidate: ShouldRevalidateFunction = ({ formData, defaultShouldRevalidate }) =>
  formData?.get("intent") === "autosave" ? false : defaultShouldRevalidate;

type QuestionPageProps = { question: Question; value: string; errors: FormError[] } & Omit<ReturnType<typeof useLoaderData<typeof loader>>, "value">;

function QuestionPage({ question, value, errors, audience, shorter }: QuestionPageProps) {
  const [searchParams] = useSearchParams();
  const returnTo = returnToFrom(searchParams);
  const autosave = useAutosave();
  const title = words(`${question.id}.title`, shorter);
  const hint = words(`${question.id}.hint`, shorter);
  const error = errors.find((each) => each.field === question.name)?.message;
  useErrorTitle(title, errors.length > 0);
  return (
    <>
      <BackLink to={pathBefore(question.id, returnTo)} />
      <ErrorSummary errors={errors} />
      <span className="caption">{t("views.title")}</span>
      <Form method="post" noValidate ref={autosave.form} onChange={autosave.onChange} onBlur={autosave.onBlur}>
        {question.kind === "text" ? (
          <TextArea id={question.name} name={question.name} label={title} labelIsHeading hint={hint} error={error} defaultValue={value} rows={8} />
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
        <AudienceNotice audience={audience} shorter={shorter} from={question.id} />
        <p className="hint">{t("choices.optional")}</p>
        <div className="button-group">
          <button type="submit" className="button" id={MAIN_BUTTON_ID}>
            {t("choices.continue")}
          </button>
          <button type="submit" name="intent" value="later" className="button button--secondary">
            {t("choices.later")}
          </button>
        </div>
        <p className="autosave-status" role="status">
          {autosave.status}
        </p>
        <WordsSwitch shorter={shorter} />
      </Form>
    </>
  );
}

export default function ViewsQuestion() {
  const { value, ...page } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const question = questionFor(useParams().question);
  const refused = result && "errors" in result ? result : null;
  // Keyed by question, so each page starts with its own saved answer and its own background saves.
  return <QuestionPage key={question.id} question={question} value={refused?.value ?? value} errors={refused?.errors ?? []} {...page} />;
}
