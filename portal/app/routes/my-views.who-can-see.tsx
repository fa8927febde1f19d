import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { postedForm } from "~/kept/posted-form.server";
import { useActionData, useLoaderData } from "@remix-run/react";
import type { FormError } from "~/components/error-summary";
import { OptionGroup } from "~/components/option-group";
import { pageTitle } from "~/components/page-title";
import { t } from "~/messages/messages";
import { answerQuestion } from "~/question-page/answer-question.server";
import { pressedButton } from "~/question-page/question-buttons";
import { QuestionPage, questionPageHandle } from "~/question-page/question-page";
import { WordsSwitch } from "~/views/audience-notice";
import { loadOpenViews, saveMyViews } from "~/views/my-views.server";
import { AUDIENCES, pathAfterAudience, pathBeforeAudience, returnToFrom, SAVED_PATH } from "~/views/questions";
import { audienceFromForm, shorterWordsAskedFor, WORDS_SWITCHES } from "~/views/views-form";
import { words } from "~/views/words";

export const handle = questionPageHandle;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: pageTitle(words("audience.title", data?.shorter ?? false)) }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { draft, shorter } = await loadOpenViews(request);
  return { audience: draft?.audience ?? null, shorter };
}

export async function action({ request }: ActionFunctionArgs) {
  const url = new URL(request.url);
  const form = await postedForm(request);
  const pressed = pressedButton(form, WORDS_SWITCHES);
  const audience = audienceFromForm(form);
  const save = async () => {
    // Skipping is fine for the questions, but the views cannot be sent until this is chosen, so Continue asks for it.
    const errors: FormError[] =
      !audience && pressed === "continue"
        ? [{ field: "audience", message: t("views.error.audience") }]
        : await saveMyViews(request, audience ? { audience } : {}, shorterWordsAskedFor(pressed));
    return errors.length > 0 ? { errors, audience } : null;
  };
  const returnTo = returnToFrom(url.searchParams);
  const here = `${url.pathname}${url.search}`;
  return answerQuestion(request, pressed, save, {
    continue: pathAfterAudience(returnTo),
    back: pathBeforeAudience(returnTo),
    later: SAVED_PATH,
    "fewer-words": here,
    "more-words": here,
  });
}

export default function WhoCanSee() {
  const saved = useLoaderData<typeof loader>();
  const refused = useActionData<typeof action>();
  const errors = refused?.errors ?? [];
  const { shorter } = saved;
  const audience = refused?.audience ?? saved.audience;
  const title = words("audience.title", shorter);
  return (
    <QuestionPage title={title} caption={t("views.title")} errors={errors} footer={<WordsSwitch shorter={shorter} />}>
      <OptionGroup
        type="radio"
        name="audience"
        legend={title}
        legendIsHeading
        hint={words("audience.hint", shorter)}
        error={errors.find((error) => error.field === "audience")?.message}
        options={AUDIENCES.map((option) => ({ value: option, label: words(`audience.${option}`, shorter), hint: words(`audience.${option}.hint`, shorter) }))}
        checked={audience ? [audience] : []}
      />
      {/* Said once, here where the young person chooses, rather than on every page they write on. */}
      <p className="panel">{words("audience.mustShare", shorter)}</p>
    </QuestionPage>
  );
}
