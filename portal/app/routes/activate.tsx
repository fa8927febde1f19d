import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { postedForm } from "~/kept/posted-form.server";
import { Form, useActionData } from "@remix-run/react";
import { ErrorSummary } from "~/components/error-summary";
import { pageTitle, useErrorTitle } from "~/components/page-title";
import { useClearedPassphrase } from "~/components/use-cleared-passphrase";
import { TextField } from "~/components/text-field";
import { t } from "~/messages/messages";
import { checkCode, makeAccount } from "~/session/activation.server";
import { sessionCookie } from "~/session/session.server";
import { PassphraseField } from "~/session/passphrase-field";
import { redirectIfSignedIn } from "~/session/signed-in.server";

export const meta: MetaFunction = () => [{ title: pageTitle(t("activate.title")) }];

export function loader({ request }: LoaderFunctionArgs) {
  return redirectIfSignedIn(request);
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await postedForm(request);
  const options = { clientAddress: context.clientAddress };
  const next = form.get("intent") === "make-account" ? await makeAccount(form, options) : await checkCode(form, options);
  if (next.step === "done") {
    throw redirect("/?welcome", { headers: { "Set-Cookie": await sessionCookie.commit(next.session) } });
  }
  return data(next, { status: next.errors.length > 0 ? 400 : 200 });
}

export default function Activate() {
  const result = useActionData<typeof action>();
  const errors = result?.errors ?? [];
  const errorFor = (field: string) => errors.find((error) => error.field === field)?.message;
  const choosing = result?.step === "choose";
  useErrorTitle(choosing ? t("activate.choose.title") : t("activate.title"), errors.length > 0);
  const form = useClearedPassphrase(result);

  if (choosing) {
    return (
      <>
        <ErrorSummary errors={errors} />
        <h1>{t("activate.choose.title")}</h1>
        <p>{t("activate.choose.greeting", { firstName: result.firstName })}</p>
        <Form method="post" noValidate ref={form}>
          <input type="hidden" name="intent" value="make-account" />
          <input type="hidden" name="code" value={result.code} />
          <input type="hidden" name="firstName" value={result.firstName} />
          <TextField
            name="username"
            label={t("activate.username.label")}
            hint={t("activate.username.hint")}
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            defaultValue={result.username}
            error={errorFor("username")}
          />
          <PassphraseField
            label={t("activate.passphrase.label")}
            hint={t("activate.passphrase.hint")}
            autoComplete="new-password"
            error={errorFor("passphrase")}
          />
          <p className="panel">{t("activate.secret")}</p>
          <button type="submit" className="button">
            {t("activate.submit")}
          </button>
        </Form>
      </>
    );
  }

  return (
    <>
      <ErrorSummary errors={errors} />
      <h1>{t("activate.title")}</h1>
      <p>{t("activate.intro")}</p>
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value="check-code" />
        <TextField
          name="code"
          label={t("activate.code.label")}
          hint={t("activate.code.hint")}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          defaultValue={result?.code ?? ""}
          error={errorFor("code")}
        />
        <button type="submit" className="button">
          {t("activate.code.submit")}
        </button>
      </Form>
    </>
  );
}
