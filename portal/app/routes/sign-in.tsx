import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useSearchParams } from "@remix-run/react";
import { ErrorSummary } from "~/components/error-summary";
import { pageTitle, useErrorTitle } from "~/components/page-title";
import { useClearedPassphrase } from "~/components/use-cleared-passphrase";
import { TextField } from "~/components/text-field";
import { keptPathFor } from "~/kept/kept.server";
import { postedForm } from "~/kept/posted-form.server";
import { t } from "~/messages/messages";
import { sessionCookie } from "~/session/session.server";
import { PassphraseField } from "~/session/passphrase-field";
import { redirectIfSignedIn } from "~/session/signed-in.server";
import { signIn } from "~/session/sign-in.server";

export const meta: MetaFunction = () => [{ title: pageTitle(t("signIn.title")) }];

export function loader({ request }: LoaderFunctionArgs) {
  return redirectIfSignedIn(request);
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await postedForm(request);
  const result = await signIn({ username: form.get("username"), passphrase: form.get("passphrase") }, { clientAddress: context.clientAddress });
  if (!result.ok) {
    // The username comes back so nothing needs typing twice; the passphrase never does.
    return data({ errors: result.errors, username: result.username }, { status: result.status });
  }
  // Someone whose session ended while they were typing goes back to the page they were on, where it is restored.
  const kept = keptPathFor(request, `account:${result.session.accountId}`);
  const headers = new Headers({ "Set-Cookie": await sessionCookie.commit(result.session) });
  for (const cookie of kept.setCookies) headers.append("Set-Cookie", cookie);
  throw redirect(kept.path ?? "/", { headers });
}

export default function SignIn() {
  const result = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const errors = result?.errors ?? [];
  const errorFor = (field: string) => errors.find((error) => error.field === field)?.message;
  useErrorTitle(t("signIn.title"), errors.length > 0);
  const form = useClearedPassphrase(result);
  // Signed out by the timeout warning, or by pressing Sign out.
  const signedOutNote = searchParams.has("timed-out") ? "signIn.timedOut" : searchParams.has("signed-out") ? "signIn.signedOut" : null;

  return (
    <>
      <ErrorSummary errors={errors} />
      {signedOutNote && errors.length === 0 ? (
        <div className="notice" role="status">
          <p>{t(signedOutNote)}</p>
        </div>
      ) : null}
      <h1>{t("signIn.title")}</h1>
      <p>{t("signIn.intro")}</p>
      <Form method="post" noValidate ref={form}>
        <TextField
          name="username"
          label={t("signIn.username.label")}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          defaultValue={result?.username ?? ""}
          error={errorFor("username")}
        />
        <PassphraseField
          label={t("signIn.passphrase.label")}
          hint={t("signIn.passphrase.hint")}
          autoComplete="current-password"
          error={errorFor("passphrase")}
        />
        <button type="submit" className="button">
          {t("signIn.submit")}
        </button>
      </Form>
      <p className="panel">{t("signIn.forgotten")}</p>
      <h2>{t("signIn.haveCode")}</h2>
      <p>
        <Link to="/activate">{t("signIn.haveCode.link")}</Link>
      </p>
    </>
  );
}
