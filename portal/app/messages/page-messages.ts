import { matchRoutes } from "react-router-dom";
import type { DerivedPageMessages } from "virtual:page-messages";
import type { MessageId, Messages } from "./messages";

/**
 * The messages a page ships for hydration: the root's and its route's (derived from the code, ADR 018), taken from
 * the catalogue of the page's language. A derived id ending in "." ships every message it starts.
 */
export function pageMessages(derived: DerivedPageMessages, catalogue: Record<MessageId, string>): (pathname: string) => Messages {
  const ids = Object.keys(catalogue) as MessageId[];
  const pick = (wanted: string[]) => {
    const exact = new Set(wanted);
    const prefixes = wanted.filter((id) => id.endsWith("."));
    return ids.filter((id) => exact.has(id) || prefixes.some((prefix) => id.startsWith(prefix)));
  };
  const messagesOf = (chosen: MessageId[]): Messages => Object.fromEntries(chosen.map((id) => [id, catalogue[id]]));
  const root = pick(derived.root);
  const byPath = derived.pages.map((page) => ({ path: page.path, messages: messagesOf([...new Set([...root, ...pick(page.ids)])]) }));
  const rootOnly = messagesOf(root);
  return (pathname) => matchRoutes(byPath, pathname)?.at(-1)?.route.messages ?? rootOnly;
}
