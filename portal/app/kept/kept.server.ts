import { env } from "~/env.server";
import { formText } from "~/session/form-text";
import { createKeptFormCookie, isKeepablePath, type KeptForm } from "./kept-form-cookie.server";
import { OWNER_FIELD, pagePath, SCOPE_FIELD, type RestoredForm } from "./kept-form";
import { createOwnerMarks, type Owner } from "./owner-mark.server";
import { formAlreadyPosted } from "./posted-form.server";

export const keptFormCookie = createKeptFormCookie({ secret: env.sessionSecret, secure: env.isProduction });
export const ownerMarks = createOwnerMarks(env.sessionSecret);

/** Never kept: passphrases, and what only says which button was pressed or which form it was. */
const NOT_KEPT = /^(intent|submissionKey|kept-owner|kept-scope)$|pass(word|phrase)/i;
const MARK_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** What a form posted that is worth keeping, as typed. */
export function typedFields(form: FormData): [string, string][] {
  return [...form].filter((entry): entry is [string, string] => typeof entry[1] === "string" && !NOT_KEPT.test(entry[0])).map(([name, value]) => [name, formText(value)]);
}

/**
 * The Set-Cookie headers that keep what a request posted, for a request that found its session or link ended; none
 * for a GET, or a form that carries no owner mark (one not made to be kept). The owner is the one the portal still
 * knows (the session cookie's account, when the API ended the session) or else the mark the form was rendered with.
 */
export async function keepPostedForm(request: Request, kind: KeptForm["kind"], knownOwner: Owner | null): Promise<string[]> {
  if (request.method === "GET") return [];
  const form = await formAlreadyPosted(request)?.catch(() => null);
  const posted = form?.get(OWNER_FIELD);
  if (!form || typeof posted !== "string" || !MARK_SHAPE.test(posted)) return [];
  const path = pagePath(new URL(request.url));
  if (!isKeepablePath(path)) return [];
  const owner = knownOwner ? ownerMarks.markOf(knownOwner) : posted;
  return keptFormCookie.commit({ path, kind, owner, scope: formText(form.get(SCOPE_FIELD)), fields: typedFields(form) });
}

/** Where to go back to, for this owner, with the kept form; null (and the kept form cleared) when it is someone else's. */
export function keptPathFor(request: Request, owner: Owner): { path: string | null; setCookies: string[] } {
  const kept = keptFormCookie.read(request);
  if (!kept) return { path: null, setCookies: [] };
  if (ownerMarks.isMarkOf(kept.owner, owner)) return { path: kept.path, setCookies: [] };
  return { path: null, setCookies: keptFormCookie.clear() };
}

/** What the layout shows about a kept form: why the person is asked to sign in or open their link, or the form restored. */
export type KeptOnPage = {
  /** The mark the page's keepable forms carry, or null when nobody is signed in and no link is held. */
  ownerMark: string | null;
  waiting: { kind: KeptForm["kind"]; lost: boolean } | null;
  restored: RestoredForm | null;
};

/**
 * For every page: the kept form is restored (once: the cookie is cleared) on the page it was typed on, for its owner
 * alone; someone else there sees nothing of it, and it is dropped. On the page that asks them back in (`waitingOn`) the
 * person is told why they are there.
 */
export function keptOnPage(request: Request, owner: Owner | null, waitingOn: Record<KeptForm["kind"], string>): KeptOnPage & { setCookies: string[] } {
  const ownerMark = owner ? ownerMarks.markOf(owner) : null;
  const none = { ownerMark, waiting: null, restored: null, setCookies: [] };
  const kept = keptFormCookie.read(request);
  if (!kept) return none;
  const url = new URL(request.url);
  if (url.pathname === waitingOn[kept.kind]) return { ...none, waiting: { kind: kept.kind, lost: kept.fields === null } };
  if (!owner || pagePath(url) !== kept.path) return none;
  if (!ownerMarks.isMarkOf(kept.owner, owner)) return { ...none, setCookies: keptFormCookie.clear() };
  const { path, kind, scope, fields } = kept;
  return { ...none, restored: { path, kind, scope, fields }, setCookies: keptFormCookie.clear() };
}
