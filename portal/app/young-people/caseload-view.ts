import type { ReviewTimeliness, YoungPeopleOrder } from "~/graphql/generated/graphql";
import { oneOf } from "~/session/form-text";

/**
 * How the caseload is sorted and filtered, as the page's query string keeps it: links and the browser's back button
 * carry it, and the form works without JavaScript. Anything not recognised is the default.
 */
export type CaseloadView = { sort: CaseloadSort; show: CaseloadShow; iro: string };

export const CASELOAD_SORTS = ["name", "due"] as const;
export type CaseloadSort = (typeof CASELOAD_SORTS)[number];
export const CASELOAD_SHOWS = ["all", "overdue", "due-soon", "planned-late"] as const;
export type CaseloadShow = (typeof CASELOAD_SHOWS)[number];

const ORDER: Record<CaseloadSort, YoungPeopleOrder> = { name: "FIRST_NAME", due: "REVIEW_DUE" };
const TIMELINESS: Record<CaseloadShow, ReviewTimeliness | null> = { all: null, overdue: "OVERDUE", "due-soon": "DUE_SOON", "planned-late": "PLANNED_LATE" };
const DEFAULT_VIEW: CaseloadView = { sort: "name", show: "all", iro: "" };


export function caseloadViewFrom(search: URLSearchParams): CaseloadView {
  return {
    sort: oneOf(CASELOAD_SORTS, search.get("sort")) ?? DEFAULT_VIEW.sort,
    show: oneOf(CASELOAD_SHOWS, search.get("show")) ?? DEFAULT_VIEW.show,
    iro: search.get("iro") ?? DEFAULT_VIEW.iro,
  };
}

/** The API's arguments for the view. `mayFilterByIro` is false for anyone but a manager, whose list holds other IROs' young people. */
export function caseloadArguments(view: CaseloadView, mayFilterByIro: boolean) {
  return { orderBy: ORDER[view.sort], timeliness: TIMELINESS[view.show], iroPersonId: mayFilterByIro && view.iro ? view.iro : null };
}

/** The query string for the view, from the page after `after` if given; defaults are left out. */
export function caseloadSearch(view: CaseloadView, after?: string): string {
  const search = new URLSearchParams();
  if (view.sort !== DEFAULT_VIEW.sort) search.set("sort", view.sort);
  if (view.show !== DEFAULT_VIEW.show) search.set("show", view.show);
  if (view.iro) search.set("iro", view.iro);
  if (after) search.set("after", after);
  const text = search.toString();
  return text ? `?${text}` : "";
}

export function isFiltered(view: CaseloadView): boolean {
  return view.show !== DEFAULT_VIEW.show || view.iro !== DEFAULT_VIEW.iro;
}
