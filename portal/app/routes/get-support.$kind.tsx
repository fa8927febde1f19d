import { randomUUID } from "node:crypto";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { BackLink } from "~/components/back-link";
import { ErrorSummary } from "~/components/error-summary";
import { pageTitle, useErrorTitle } from "~/components/page-title";
import { Keepable } from "~/kept/keepable";
import { postedForm } from "~/kept/posted-form.server";
import { t } from "~/messages/messages";
import { KIND_BY_SLUG } from "~/support-requests/support-request-form";
import { SupportRequestFields } from "~/support-requests/support-request-fields";
import { askForSupport, loadGetSupport } from "~/support-requests/support-requests.server";

export const meta: MetaFunction<typeof loader> = ({ data: page }) => (page ? [{ title: pageTitle(t(`support.ask.${page.kind}`)) }] : []);

function kindOf(slug: string | undefined) {
  const kind = KIND_BY_SLUG[slug ?? ""];
  if (!kind) throw new Response(null, { status: 404 });
  return kind;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const kind = kindOf(params.kind);
  await loadGetSupport(request);
  // Made afresh each time the page is shown: pressing Send twice, or a retry, sends the same key and is stored once.
  return { kind, submissionKey: randomUUID() };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const kind = kindOf(params.kind);
  const { youngPersonId } = await loadGetSupport(request);
  const outcome = await askForSupport(request, youngPersonId, kind, await postedForm(request));
  if (outcome.sent) throw redirect("/get-support?sent");
  return data(outcome, { status: 400 });
}

/** One kind of someone on your side: what it is, and a short form to ask for one. */
export default function AskForSupport() {
  const { kind, submissionKey } = useLoaderData<typeof loader>();
  const outcome = useActionData<typeof action>();
  const errors = outcome && !outcome.sent ? outcome.errors : [];
  const title = t(`support.ask.${kind}`);
  useErrorTitle(title, errors.length > 0);
  return (
    <>
      <BackLink to="/get-support" />
      <ErrorSummary errors={errors} />
      <h1>{title}</h1>
      <p>{kind === "ADVOCATE" ? t("support.advocate.what") : t("support.independentVisitor.what")}</p>
      <p>{t("support.ask.intro")}</p>
      <Form method="post" noValidate>
        <input type="hidden" name="submissionKey" value={submissionKey} />
        <Keepable>
          <SupportRequestFields errors={errors} values={outcome && !outcome.sent ? outcome.values : undefined} />
        </Keepable>
        <button type="submit" className="button">
          {t("support.send")}
        </button>
      </Form>
    </>
  );
}
