import { randomUUID } from "node:crypto";
import type { FormError } from "~/components/error-summary";
import { refusedInput } from "~/errors/refused-input.server";
import { ApiError } from "~/graphql/api.server";
import { callApi } from "~/graphql/client.server";
import type { SupportKind, SupportStatus } from "~/graphql/generated/schema-enums";
import { notFoundIfRefused } from "~/graphql/not-found.server";
import { formText, oneOf } from "~/session/form-text";
import { t } from "~/messages/messages";
import { asSignedIn } from "~/session/signed-in.server";
import { ViewerRoleQuery } from "~/session/session.operations.server";
import { checkSupportForm, COORDINATOR_CLOSED_REASONS, supportFormValues, type SupportFormValues } from "./support-request-form";
import { SUPPORT_STATUSES, type QueueView } from "./queue-view";
import {
  AskForSupportQuery,
  GetSupportQuery,
  MoveSupportRequestMutation,
  RequestSupportMutation,
  SupportFiguresQuery,
  SupportQueueQuery,
  SupportRequestQuery,
  WithdrawSupportRequestMutation,
} from "./support-requests.operations.server";
import { dateBoxAnchor, type DateRange as Period } from "~/figures/date-range";

const notFound = () => new Response(null, { status: 404 });

/** The coordinator's pages are theirs alone: to anyone else they are not there, before any of the page is read. */
export async function coordinatorPage(request: Request): Promise<null> {
  const { me } = await asSignedIn(request, (options) => callApi(ViewerRoleQuery, {}, options));
  if (me?.role !== "ADVOCACY_COORDINATOR") throw notFound();
  return null;
}

/** A young person's requests and who provides each kind here; the page is not there for anyone else. */
export async function loadGetSupport(request: Request) {
  const { me, supportProviders } = await asSignedIn(request, (options) => callApi(GetSupportQuery, {}, options));
  if (!me?.youngPerson) throw notFound();
  return { youngPersonId: me.youngPerson.id, requests: me.youngPerson.supportRequests, providers: supportProviders };
}

export type AskOutcome = { sent: true } | { sent: false; errors: FormError[]; values: SupportFormValues };

/** Sends a request for the young person (themselves, or their IRO on their behalf); the page's key stores it once. */
export function askForSupport(request: Request, youngPersonId: string, kind: SupportKind, form: FormData): Promise<AskOutcome> {
  const values = supportFormValues(form);
  const checked = checkSupportForm(values);
  if ("errors" in checked) return Promise.resolve({ sent: false, errors: checked.errors, values });
  return asSignedIn(request, async (options): Promise<AskOutcome> => {
    try {
      const input = { youngPersonId, kind, why: values.why, ...checked, submissionKey: formText(form.get("submissionKey")) || randomUUID() };
      await callApi(RequestSupportMutation, { input }, options);
      return { sent: true };
    } catch (error) {
      return { sent: false, errors: refusedInput(error, "support"), values };
    }
  }).catch(notFoundIfRefused);
}

export function loadAskForSupport(request: Request, youngPersonId: string) {
  return asSignedIn(request, (options) => callApi(AskForSupportQuery, { id: youngPersonId }, options))
    .then(({ youngPerson }) => ({ youngPersonId: youngPerson.id, firstName: youngPerson.firstName }))
    .catch(notFoundIfRefused);
}

/** One request, as the caller may see it: a young person's own (to withdraw), or any of the coordinator's authority. */
export function loadSupportRequest(request: Request, id: string) {
  return asSignedIn(request, (options) => callApi(SupportRequestQuery, { id }, options))
    .then(({ supportRequest }) => supportRequest)
    .catch(notFoundIfRefused);
}

/** Withdraws the young person's request; one already closed (withdrawn in another tab, say) stays as it is. */
export function withdrawSupportRequest(request: Request, id: string): Promise<void> {
  return asSignedIn(request, async (options) => {
    try {
      await callApi(WithdrawSupportRequestMutation, { requestId: id }, options);
    } catch (error) {
      if (!(error instanceof ApiError && error.code === "BAD_USER_INPUT")) throw error;
    }
  }).catch(notFoundIfRefused);
}

export function loadSupportQueue(request: Request, view: QueueView) {
  return asSignedIn(request, (options) => callApi(SupportQueueQuery, { kind: view.kind, status: view.status, after: view.after }, options)).then(
    ({ supportRequests }) => supportRequests,
  );
}

export type MoveValues = { to: string; closedReason: string; note: string };
export type MoveOutcome = { moved: SupportStatus } | { moved: null; errors: FormError[]; values: MoveValues };

/** The coordinator's move, as the form sent it; the API's state machine says whether it is allowed, and why not. */
export function moveSupportRequest(request: Request, id: string, form: FormData): Promise<MoveOutcome> {
  const values = { to: formText(form.get("to")), closedReason: formText(form.get("closedReason")), note: formText(form.get("note")) };
  const to = oneOf(SUPPORT_STATUSES, values.to);
  if (!to) return Promise.resolve({ moved: null, errors: [{ field: "to", message: t("supportRequest.error.to") }], values });
  const closedReason = oneOf(COORDINATOR_CLOSED_REASONS, values.closedReason) ?? null;
  return asSignedIn(request, async (options): Promise<MoveOutcome> => {
    try {
      const { moveSupportRequest: moved } = await callApi(MoveSupportRequestMutation, { input: { requestId: id, to, closedReason, note: values.note } }, options);
      return { moved: moved.status };
    } catch (error) {
      // The API says which moves are allowed: its words are the page's here, as no others could say it better.
      return { moved: null, errors: refusedInput(error, "supportMove", undefined, ({ code, message }) => (code === "NOT_AN_ALLOWED_MOVE" ? message : undefined)), values };
    }
  }).catch(notFoundIfRefused);
}

export type FiguresOutcome =
  | { ok: true; figures: Awaited<ReturnType<typeof callFigures>> }
  | { ok: false; errors: FormError[] };

const callFigures = (request: Request, period: Period) =>
  asSignedIn(request, (options) => callApi(SupportFiguresQuery, period, options)).then(({ supportFigures }) => supportFigures);

export async function loadSupportFigures(request: Request, period: Period): Promise<FiguresOutcome> {
  try {
    return { ok: true, figures: await callFigures(request, period) };
  } catch (error) {
    return { ok: false, errors: refusedInput(error, "dateRange", dateBoxAnchor) };
  }
}
