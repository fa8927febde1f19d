import { randomUUID } from "node:crypto";
import type { FormError } from "~/components/error-summary";
import { refusedInput } from "~/errors/refused-input.server";
import { callApi } from "~/graphql/client.server";
import { notFoundIfRefused } from "~/graphql/not-found.server";
import { asSignedIn } from "~/session/signed-in.server";
import { AcknowledgeWorryMutation, RaiseWorryMutation, StaffLayoutQuery, WorriedQuery, WorryToldQuery } from "./worries.operations.server";
import { checkWorryForm, worryFormValues, type WorryFormValues } from "./worry-form";

const notFound = () => new Response(null, { status: 404 });

/** "I'm worried" is a young person's page: the young person's id, or not there for anyone else. */
export async function loadWorried(request: Request): Promise<{ youngPersonId: string }> {
  const { me } = await asSignedIn(request, (options) => callApi(WorriedQuery, {}, options));
  if (!me?.youngPerson) throw notFound();
  return { youngPersonId: me.youngPerson.id };
}

export type RaiseOutcome = { raised: string } | { raised: null; errors: FormError[]; values: WorryFormValues };

/** Stores the alert before anything else; the page's key stores it once however often Send is pressed. */
export function raiseWorry(request: Request, youngPersonId: string, form: FormData): Promise<RaiseOutcome> {
  const values = worryFormValues(form);
  const checked = checkWorryForm(values);
  if ("errors" in checked) return Promise.resolve({ raised: null, errors: checked.errors, values });
  return asSignedIn(request, async (options): Promise<RaiseOutcome> => {
    try {
      const input = { youngPersonId, ...checked, about: values.about, submissionKey: values.submissionKey || randomUUID() };
      const { raiseWorry: raised } = await callApi(RaiseWorryMutation, { input }, options);
      return { raised: raised.id };
    } catch (error) {
      return { raised: null, errors: refusedInput(error, "worried"), values };
    }
  });
}

export function loadWorryTold(request: Request, id: string) {
  return asSignedIn(request, (options) => callApi(WorryToldQuery, { id }, options))
    .then(({ worryAlert }) => worryAlert)
    .catch(notFoundIfRefused);
}

/**
 * The staff pages' layout (the caseload, a young person's review): not there for a young person, before any of the
 * page is read or rendered, so that no page can be added under it without this; and for an IRO or a social worker the alerts of their young
 * people not yet acknowledged, asked in the same request as who is signed in.
 */
export async function staffLayout(request: Request) {
  const { me, openWorryAlerts } = await asSignedIn(request, (options) => callApi(StaffLayoutQuery, {}, options));
  // The coordinator's standing is to requests alone (ADR 024): a young person's record is no page of theirs either.
  if (!me || me.role === "YOUNG_PERSON" || me.role === "ADVOCACY_COORDINATOR") throw notFound();
  return { worries: openWorryAlerts.items };
}

export function acknowledgeWorry(request: Request, id: string): Promise<void> {
  return asSignedIn(request, async (options) => {
    await callApi(AcknowledgeWorryMutation, { id }, options);
  }).catch(notFoundIfRefused);
}
