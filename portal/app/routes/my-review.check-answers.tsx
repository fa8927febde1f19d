import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { ChoicesSummary } from "~/choices/choices-summary";
import { loadMyReview, sendChoices } from "~/choices/my-review.server";
import { SEND_BUTTON_ID } from "~/choices/questions";
import { BackLink } from "~/components/back-link";
import { ErrorSummary } from "~/components/error-summary";
import { pageTitle, useErrorTitle } from "~/components/page-title";
import { t } from "~/messages/messages";

export const meta: MetaFunction = () => [{ title: pageTitle(t("checkAnswers.title")) }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { review } = await loadMyReview(request);
  if (!review || review.choices.lockedAt) throw redirect("/my-review");
  return { draft: review.choices.draft ?? null };
}

export async function action({ request }: ActionFunctionArgs) {
  const errors = await sendChoices(request);
  if (errors.length === 0) throw redirect("/my-review/sent");
  return data({ errors }, { status: 400 });
}

export default function CheckAnswers() {
  const { draft } = useLoaderData<typeof loader>();
  const errors = useActionData<typeof action>()?.errors ?? [];
  useErrorTitle(t("checkAnswers.title"), errors.length > 0);
  return (
    <>
      <BackLink to="/my-review" />
      <ErrorSummary errors={errors} />
      <h1>{t("checkAnswers.title")}</h1>
      <p>{t("checkAnswers.intro")}</p>
      <ChoicesSummary draft={draft} changeable />
      <p>{t("checkAnswers.after")}</p>
      <Form method="post">
        <button type="submit" className="button" id={SEND_BUTTON_ID}>
          {t("checkAnswers.send")}
        </button>
      </Form>
    </>
  );
}
