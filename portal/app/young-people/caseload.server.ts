import { callApi } from "~/graphql/client.server";
import { ApiError, type CallOptions } from "~/graphql/api.server";
import { caseloadArguments, type CaseloadView } from "./caseload-view";
import { CaseloadIrosQuery, CaseloadViewerQuery, YoungPeopleQuery } from "./young-people.operations.server";

/** Sorting and filtering by review are for the IRO and their manager; only the manager's list holds other IROs' young people. */
const SORTS_AND_FILTERS = ["IRO", "IRO_MANAGER"];

/** A page of the caseload as the view asks, with the authority's IROs for a manager to filter by. */
export async function loadCaseload(view: CaseloadView, after: string | null, options: CallOptions) {
  const { me } = await callApi(CaseloadViewerQuery, {}, options);
  const role = me?.role ?? null;
  const isManager = role === "IRO_MANAGER";
  const mayFilter = !!role && SORTS_AND_FILTERS.includes(role);
  const iros = isManager ? (await callApi(CaseloadIrosQuery, {}, options)).iros : [];
  // An IRO the select does not offer (an old link, a changed address) filters nothing rather than failing.
  const knownView = iros.some((iro) => iro.personId === view.iro) ? view : { ...view, iro: "" };
  const listArguments = mayFilter ? caseloadArguments(knownView, isManager) : {};
  const { youngPeople } = await callApi(YoungPeopleQuery, { after, ...listArguments }, options).catch((error: unknown) => {
    // A cursor the API never gave out (an old or altered address) starts the list from the top rather than failing.
    if (after !== null && error instanceof ApiError && error.fields.some((field) => field.field === "after")) return callApi(YoungPeopleQuery, { after: null, ...listArguments }, options);
    throw error;
  });
  // Only a young person's IRO answers their choices; their manager may read the pack too, as the young person is told.
  return { ...youngPeople, view: knownView, isIro: role === "IRO", isManager, mayFilter, mayReadPack: role === "IRO" || isManager, iros };
}
