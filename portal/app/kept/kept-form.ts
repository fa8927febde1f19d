/** The hidden fields a keepable form carries (see Keepable): whose it is, and which form of the page it is. */
export const OWNER_FIELD = "kept-owner";
export const SCOPE_FIELD = "kept-scope";

/** A form restored on the page it was typed on: its fields by name, for the form whose scope it is. */
export type RestoredForm = { path: string; kind: "account" | "link"; scope: string; fields: [string, string][] | null };

/** The page's own address as a kept form names it: what a form posts to, less the markers Remix adds. */
export function pagePath(url: URL): string {
  const search = new URLSearchParams(url.search);
  search.delete("index");
  search.delete("_data");
  const query = search.toString();
  return `${url.pathname}${query ? `?${query}` : ""}`;
}
