import type { FormError } from "~/components/error-summary";
import { refusedInput } from "~/errors/refused-input.server";
import { notFoundIfRefused } from "~/graphql/not-found.server";
import { callApi } from "~/graphql/client.server";
import { CommunicationNeedsQuery, UpdateCommunicationNeedsMutation } from "./pack.operations.server";
import { formText } from "~/session/form-text";
import { asSignedIn } from "~/session/signed-in.server";
import { NEEDS_FIELDS, type NeedsValues } from "./communication-needs";


export function loadCommunicationNeeds(request: Request, youngPersonId: string) {
  return asSignedIn(request, async (options) => {
    const { youngPerson } = await callApi(CommunicationNeedsQuery, { id: youngPersonId }, options);
    const needs = youngPerson.communicationNeeds;
    const values = Object.fromEntries(NEEDS_FIELDS.map((name) => [name, needs?.[name] ?? ""])) as NeedsValues;
    return { firstName: youngPerson.firstName, needs: values };
  }).catch(notFoundIfRefused);
}

export type SaveNeedsOutcome = { saved: true } | { saved: false; errors: FormError[]; values: NeedsValues };

export function saveCommunicationNeeds(request: Request, youngPersonId: string, form: FormData): Promise<SaveNeedsOutcome> {
  const values = Object.fromEntries(NEEDS_FIELDS.map((name) => [name, formText(form.get(name))])) as NeedsValues;
  return asSignedIn(request, async (options): Promise<SaveNeedsOutcome> => {
    try {
      await callApi(UpdateCommunicationNeedsMutation, { input: { youngPersonId, ...values } }, options);
      return { saved: true };
    } catch (error) {
      return { saved: false, errors: refusedInput(error, "needs"), values };
    }
  }).catch(notFoundIfRefused);
}
