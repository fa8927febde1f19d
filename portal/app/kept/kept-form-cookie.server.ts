import { z } from "zod";
import { deriveKey, sealCompressed, unsealCompressed } from "~/session/sealed.server";

/** A few hours: long enough to find a passphrase or the link again, short enough that a shared computer soon forgets. */
export const KEPT_FOR_MS = 2 * 60 * 60 * 1000;

/**
 * A browser keeps about 4096 bytes a cookie, and Node refuses a request whose headers pass 16 KB (its default
 * `maxHeaderSize`, which portal/server.js keeps): three cookies of 3,900 characters leave room for the session and
 * link cookies and the rest of the request.
 */
export const CHUNK_CHARS = 3900;
export const MOST_CHUNKS = 3;

const NAME = "my_review_kept";
const chunkName = (index: number) => (index === 0 ? NAME : `${NAME}_${index + 1}`);

/** Where the person was: a path on this site (as a URL writes it, printable ASCII), never another site's address. */
export function isKeepablePath(path: string): boolean {
  return /^\/(?![/\\])[\x20-\x7e]*$/.test(path) && !path.includes("\\") && path.length <= 2000;
}

const keptSchema = z.object({
  path: z.string().refine(isKeepablePath),
  /** Whose it is: an account or a link, and the owner mark (owner-mark.server.ts) that says which. */
  kind: z.enum(["account", "link"]),
  owner: z.string().min(1),
  /** Which form on the page, where a page has several (empty when it has one). */
  scope: z.string(),
  /** What was typed, each field by name; null when it was too long to keep, so the pages say so rather than nothing. */
  fields: z.array(z.tuple([z.string(), z.string()])).nullable(),
  expiresAt: z.iso.datetime(),
});

export type KeptForm = z.infer<typeof keptSchema>;

export type KeptFormCookie = {
  read(request: Request): KeptForm | null;
  /** The Set-Cookie headers that keep it: what was typed, or, when it cannot fit, only that it could not be kept. */
  commit(kept: Omit<KeptForm, "expiresAt">): string[];
  clear(): string[];
};

function cookiesOf(request: Request): Map<string, string> {
  const pairs = (request.headers.get("Cookie") ?? "").split(";").map((pair) => pair.trim().split("=") as [string, string?]);
  return new Map(pairs.filter((pair): pair is [string, string] => pair[1] !== undefined));
}

/**
 * What someone typed when their session or link ended, kept for them in the browser: HttpOnly and SameSite=Lax,
 * compressed, encrypted and authenticated (so neither script nor the person can read or alter it), and split over
 * up to three cookies, since a long answer in some scripts does not fit in one.
 */
export function createKeptFormCookie(options: { secret: string; secure: boolean; now?: () => Date }): KeptFormCookie {
  const { secret, secure, now = () => new Date() } = options;
  const key = deriveKey(secret, "my-review portal kept form cookie");
  const attributes = (expires: Date) => `Path=/; Expires=${expires.toUTCString()}; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`;
  const write = (chunks: string[], expires: Date) =>
    Array.from({ length: MOST_CHUNKS }, (_, index) => {
      const chunk = chunks[index];
      return chunk === undefined ? `${chunkName(index)}=; Max-Age=0; ${attributes(new Date(0))}` : `${chunkName(index)}=${chunk}; ${attributes(expires)}`;
    });
  const split = (sealed: string) => Array.from({ length: Math.ceil(sealed.length / CHUNK_CHARS) }, (_, index) => sealed.slice(index * CHUNK_CHARS, (index + 1) * CHUNK_CHARS));

  return {
    read(request) {
      const cookies = cookiesOf(request);
      const chunks: string[] = [];
      for (let index = 0; index < MOST_CHUNKS && cookies.has(chunkName(index)); index += 1) chunks.push(cookies.get(chunkName(index)) ?? "");
      if (chunks.length === 0) return null;
      const parsed = keptSchema.safeParse(unsealCompressed(chunks.join(""), key));
      if (!parsed.success || new Date(parsed.data.expiresAt) <= now()) return null;
      return parsed.data;
    },
    commit(kept) {
      const expires = new Date(now().getTime() + KEPT_FOR_MS);
      const value = { ...kept, expiresAt: expires.toISOString() };
      const sealed = sealCompressed(value, key);
      if (sealed.length <= CHUNK_CHARS * MOST_CHUNKS) return write(split(sealed), expires);
      return write(split(sealCompressed({ ...value, fields: null }, key)), expires);
    },
    clear() {
      return write([], new Date(0));
    },
  };
}
