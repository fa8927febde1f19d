import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { BackLink } from "~/components/back-link";
import { ErrorSummary, type FormError } from "~/components/error-summary";
import { OptionGroup } from "~/components/option-group";
import { pageTitle, useErrorTitle } from "~/components/page-title";
import { t } from "~/messages/messages";
import { WordsSwitch } from "~/views/audience-notice";
import { loadOpenViews, saveMyViews } from "~/views/my-views.server";
import { AUDIENCES, pathAfterAudience, pathBeforeAudience, returnToFrom } from "~/views/questions";
import { audienceFromForm, intentFrom, MAIN_BUTTON_ID, shorterWordsAskedFor } from "~/views/views-form";
import { words } from "~/views/words";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: pageTitle(words("audience.title", data?.shorter ?? false)) }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { draft, shorter } = await loadOpenViews(request);
  return { audience: draft?.audience ?? null, shorter };
}

export async function action({ request }: ActionFunctionArgs) {
  const url = new URL(request.url);
  const form = await request.formData();
  const intent = intentFrom(form);
  const audience = audienceFromForm(form);
  // Skipping is fine for the questions, but the views cannot be sent until this is chosen, so Continue asks for it.
  const errors: FormError[] =
    !audience && intent === "continue"
      ? [{ field: "audience", message: t("views.error.audience") }]
      : await saveMyViews(request, audience ? { audience } : {}, shorterWordsAskedFor(intent));
  if (errors.length > 0) return data({ errors, audience }, { status: 400 });
  if (intent === "later") throw redirect("/my-views?saved");
  if (intent === "continue") throw redirect(pathAfterAudience(returnToFrom(url.searchParams)));
  throw redirect(`${url.pathname}${url.search}`);
}

export default function WhoCanSee() {
  const saved = useLoaderData<typeof loader>();
  const refused = useActionData<typeof action>();
  const errors = refused?.errors ?? [];
  const { shorter } = saved;
  const audience = refused?.audience ?? saved.audience;
  const [searchParams] = useSearchParams();
  const title = words("audience.title", shorter);
  useErrorTitle(title, errors.length > 0);
  return (
    <>
      <BackLink to={pathBeforeAudience(returnToFrom(searchParams))} />
      <ErrorSummary errors={errors} />
      <span className="caption">{t("views.title")}</span>
      <Form method="post" noValidate>
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
        <div className="button-group">
          <button type="submit" className="button" id={MAIN_BUTTON_ID}>
            {t("choices.continue")}
          </button>
          <button type="submit" name="intent" value="later" className="button button--secondary">
            {t("choices.later")}
          </button>
        </div>
        <WordsSwitch shorter={shorter} />
      </Form>
    </>
  );
}
