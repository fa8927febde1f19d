import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useParams } from "@remix-run/react";
import { ErrorSummary } from "~/components/error-summary";
import { pageTitle, useErrorTitle } from "~/components/page-title";
import { TextArea } from "~/components/text-area";
import { TextField } from "~/components/text-field";
import { Keepable } from "~/kept/keepable";
import { postedForm } from "~/kept/posted-form.server";
import { t } from "~/messages/messages";
import { NEEDS_FIELDS } from "~/pack/communication-needs";
import { loadCommunicationNeeds, saveCommunicationNeeds } from "~/pack/communication-needs.server";

export const meta: MetaFunction<typeof loader> = ({ data: page }) => (page ? [{ title: pageTitle(t("needs.title", { firstName: page.firstName })) }] : []);

export function loader({ request, params }: LoaderFunctionArgs) {
  return loadCommunicationNeeds(request, params.youngPersonId ?? "");
}

export async function action({ request, params }: ActionFunctionArgs) {
  const youngPersonId = params.youngPersonId ?? "";
  const outcome = await saveCommunicationNeeds(request, youngPersonId, await postedForm(request));
  if (outcome.saved) throw redirect(`/young-people/${encodeURIComponent(youngPersonId)}/review/pack?saved`);
  return data(outcome, { status: 400 });
}

export default function CommunicationNeeds() {
  const { firstName, needs } = useLoaderData<typeof loader>();
  const outcome = useActionData<typeof action>();
  const errors = outcome && !outcome.saved ? outcome.errors : [];
  const values = outcome && !outcome.saved ? outcome.values : needs;
  const title = t("needs.title", { firstName });
  useErrorTitle(title, errors.length > 0);
  const errorFor = (field: string) => errors.find((error) => error.field === field)?.message;
  const packPath = `/young-people/${encodeURIComponent(useParams().youngPersonId ?? "")}/review/pack`;
  return (
    <>
      <Link to={packPath} className="back-link">
        {t("needs.back")}
      </Link>
      <ErrorSummary errors={errors} />
      <h1>{title}</h1>
      <p>{t("needs.intro", { firstName })}</p>
      <Form method="post" noValidate>
        <Keepable>
          <TextField
            name="interpreterLanguage"
            label={t("needs.interpreterLanguage.label")}
            hint={t("needs.interpreterLanguage.hint", { firstName })}
            defaultValue={values.interpreterLanguage}
            error={errorFor("interpreterLanguage")}
          />
          {NEEDS_FIELDS.filter((name) => name !== "interpreterLanguage").map((name) => (
            <TextArea
              key={name}
              id={name}
              name={name}
              label={t(`needs.${name}.label`)}
              hint={t(`needs.${name}.hint`)}
              defaultValue={values[name]}
              error={errorFor(name)}
            />
          ))}
        </Keepable>
        <button type="submit" className="button">
          {t("needs.save")}
        </button>
      </Form>
    </>
  );
}
