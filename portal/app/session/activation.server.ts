import type { FormError } from "~/components/error-summary";
import { waitInWords } from "~/format/wait";
import { refusedInput } from "~/errors/refused-input.server";
import type { ApiClient, CallOptions } from "~/graphql/api.server";
import { callApi } from "~/graphql/client.server";
import { ActivateInvitationMutation, InvitationCheckQuery } from "./session.operations.server";
import type { InvitationRefusalReason } from "~/graphql/generated/graphql";
import { formText } from "./form-text";
import { t } from "~/messages/messages";
import type { PortalSession } from "./session-cookie.server";

/** What the activation page shows next: the code step, or the username-and-passphrase step, or done. */
export type ActivationStep =
  | { step: "code"; code: string; errors: FormError[] }
  | { step: "choose"; code: string; firstName: string; username: string; errors: FormError[] }
  | { step: "done"; session: PortalSession };

function refusal(reason: InvitationRefusalReason, retryAfterSeconds: number | null | undefined): FormError {
  const message =
    reason === "TOO_MANY_ATTEMPTS"
      ? t("activate.refused.TOO_MANY_ATTEMPTS", { wait: waitInWords(retryAfterSeconds ?? 60) })
      : t(`activate.refused.${reason}`);
  return { field: "code", message };
}

/** The code step: is this a code that can be used now? */
export async function checkCode(form: FormData, options: CallOptions, api: ApiClient = callApi): Promise<ActivationStep> {
  const code = formText(form.get("code"));
  if (code.trim() === "") return { step: "code", code, errors: [{ field: "code", message: t("activate.error.codeMissing") }] };
  // A code the API refuses to look up (far longer than any code) is put right on the page, with what was typed kept.
  const checked = await api(InvitationCheckQuery, { code }, options).catch((error: unknown) => refusedInput(error, "activate"));
  if (Array.isArray(checked)) return { step: "code", code, errors: checked };
  const { invitation } = checked;
  if (invitation.__typename === "InvitationValid") return { step: "choose", code, firstName: invitation.firstName, username: "", errors: [] };
  return { step: "code", code, errors: [refusal(invitation.reason, invitation.retryAfterSeconds)] };
}

/** The second step: make the account with the chosen username and passphrase. */
export async function makeAccount(form: FormData, options: CallOptions, api: ApiClient = callApi): Promise<ActivationStep> {
  const code = formText(form.get("code"));
  const firstName = formText(form.get("firstName"));
  const username = formText(form.get("username"));
  const passphrase = formText(form.get("passphrase"));
  const again = (errors: FormError[]): ActivationStep => ({ step: "choose", code, firstName, username, errors });

  const missing: FormError[] = [];
  if (username.trim() === "") missing.push({ field: "username", message: t("activate.error.usernameMissing") });
  if (passphrase === "") missing.push({ field: "passphrase", message: t("activate.error.passphraseMissing") });
  if (missing.length > 0) return again(missing);

  try {
    const { activateInvitation: result } = await api(ActivateInvitationMutation, { input: { code, username, passphrase } }, options);
    if (result.__typename === "SignedIn") return { step: "done", session: { token: result.token, expiresAt: result.expiresAt, accountId: result.accountId, role: result.role } };
    return { step: "code", code, errors: [refusal(result.reason, result.retryAfterSeconds)] };
  } catch (error) {
    return again(refusedInput(error, "activate"));
  }
}
