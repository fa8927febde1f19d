import type { FormError } from "~/components/error-summary";
import { waitInWords } from "~/format/wait";
import type { ApiClient, CallOptions } from "~/graphql/api.server";
import { callApi } from "~/graphql/client.server";
import { SignInMutation } from "./session.operations.server";
import { formText } from "./form-text";
import { t, type MessageId } from "~/messages/messages";
import type { PortalSession } from "./session-cookie.server";

const MAX_LENGTH = { username: 100, passphrase: 1000 } as const;

export type SignInResult =
  | { ok: true; session: PortalSession }
  | { ok: false; status: 400 | 401 | 429; errors: FormError[]; username: string };

/** What is wrong with the form as typed, before the API is asked. */
export function checkSignInForm(username: string, passphrase: string): FormError[] {
  const errors: FormError[] = [];
  const check = (field: "username" | "passphrase", value: string, missing: MessageId, tooLong: MessageId) => {
    if (value.trim() === "") errors.push({ field, message: t(missing) });
    else if (value.length > MAX_LENGTH[field]) errors.push({ field, message: t(tooLong) });
  };
  check("username", username, "signIn.error.usernameMissing", "signIn.error.usernameTooLong");
  check("passphrase", passphrase, "signIn.error.passphraseMissing", "signIn.error.passphraseTooLong");
  return errors;
}

/** Checks the form, then asks the API. A refusal is reported against the username, as GOV.UK's sign-in pattern does. */
export async function signIn(
  form: { username: FormDataEntryValue | null; passphrase: FormDataEntryValue | null },
  options: CallOptions = {},
  api: ApiClient = callApi,
): Promise<SignInResult> {
  const username = formText(form.username);
  const passphrase = formText(form.passphrase);
  const errors = checkSignInForm(username, passphrase);
  if (errors.length > 0) return { ok: false, status: 400, errors, username };

  const { signIn: result } = await api(SignInMutation, { input: { username, passphrase } }, options);
  if (result.__typename === "SignedIn") return { ok: true, session: { token: result.token, expiresAt: result.expiresAt, accountId: result.accountId, role: result.role } };
  const message =
    result.reason === "TOO_MANY_ATTEMPTS"
      ? t("signIn.error.tooMany", { wait: waitInWords(result.retryAfterSeconds ?? 60) })
      : t("signIn.error.wrong");
  return { ok: false, status: result.reason === "TOO_MANY_ATTEMPTS" ? 429 : 401, errors: [{ field: "username", message }], username };
}
