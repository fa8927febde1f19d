import type { SupportKind, SupportStatus } from "~/graphql/generated/schema-enums";
import { oneOf } from "~/session/form-text";
import { SUPPORT_KINDS } from "./support-request-form";

export const SUPPORT_STATUSES: readonly SupportStatus[] = ["ASKED", "WITH_COORDINATOR", "REFERRED", "ALLOCATED", "CLOSED"];

/** The queue's filters as its address keeps them, so the form works without JavaScript; anything unknown is no filter. */
export type QueueView = { kind: SupportKind | null; status: SupportStatus | null; after: string | null };

export function queueViewFrom(search: URLSearchParams): QueueView {
  return { kind: oneOf(SUPPORT_KINDS, search.get("kind")) ?? null, status: oneOf(SUPPORT_STATUSES, search.get("status")) ?? null, after: search.get("after") || null };
}

/** The address of the queue's view, from the page after `after` if given. */
export function queueSearch(view: Pick<QueueView, "kind" | "status">, after?: string): string {
  const search = new URLSearchParams();
  if (view.kind) search.set("kind", view.kind);
  if (view.status) search.set("status", view.status);
  if (after) search.set("after", after);
  const text = search.toString();
  return text ? `?${text}` : "";
}
