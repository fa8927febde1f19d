import { randomUUID } from "node:crypto";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary } from "~/components/error-summary";
import { OptionGroup } from "~/components/option-group";
import { pageTitle, useErrorTitle } from "~/components/page-title";
import { Keepable } from "~/kept/keepable";
import { postedForm } from "~/kept/posted-form.server";
import { t } from "~/messages/messages";
import { formText, oneOf } from "~/session/form-text";
import { SUPPORT_KINDS, supportFormValues } from "~/support-requests/support-request-form";
import { SupportRequestFields } from "~/support-requests/support-request-fields";
import { askForSupport, loadAskForSupport } from "~/support-requests/support-requests.server";

export const meta: MetaFunction<typeof loader> = ({ data: page }) => (page ? [{ title: pageTitle(t("askForSupport.title", { firstName: page.firstName })) }] : []);

export async function loader({ request, params }: LoaderFunctionArgs) {
  return { ...(await loadAskForSupport(request, params.youngPersonId ?? "")), submissionKey: randomUUID() };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const youngPersonId = params.youngPersonId ?? "";
  const form = await postedForm(request);
  const kind = oneOf(SUPPORT_KINDS, formText(form.get("kind")));
  const outcome = kind
    ? await askForSupport(request, youngPersonId, kind, form)
    : { sent: false as const, errors: [{ field: "kind", message: t("askForSupport.error.kind") }], values: supportFormValues(form) };
  if (outcome.sent) throw redirect(`/young-people/${encodeURIComponent(youngPersonId)}/review/pack?askedForSupport`);
  return data({ ...outcome, kind: formText(form.get("kind")) }, { status: 400 });
}

/** The IRO asks for an advocate or an Independent Visitor on the young person's behalf: the request says so. */
export default function AskForSupportOnBehalf() {
  const { youngPersonId, firstName, submissionKey } = useLoaderData<typeof loader>();
  const outcome = useActionData<typeof action>();
  const errors = outcome && !outcome.sent ? outcome.errors : [];
  const title = t("askForSupport.title", { firstName });
  useErrorTitle(title, errors.length > 0);
  return (
    <>
      <Link to={`/young-people/${encodeURIComponent(youngPersonId)}/review/pack`} className="back-link">
        {t("backLink.label")}
      </Link>
      <ErrorSummary errors={errors} />
      <h1>{title}</h1>
      <p>{t("support.ask.onBehalf", { firstName })}</p>
      <Form method="post" noValidate>
        <input type="hidden" name="submissionKey" value={submissionKey} />
        <Keepable>
          <OptionGroup
            type="radio"
            name="kind"
            legend={t("askForSupport.kind.legend")}
            error={errors.find((error) => error.field === "kind")?.message}
            options={SUPPORT_KINDS.map((value) => ({ value, label: t(`support.${value}.title`) }))}
            checked={outcome && !outcome.sent && outcome.kind ? [outcome.kind] : []}
          />
          <SupportRequestFields errors={errors} values={outcome && !outcome.sent ? outcome.values : undefined} />
        </Keepable>
        <button type="submit" className="button">
          {t("support.sendOnBehalf")}
        </button>
      </Form>
    </>
  );
}
