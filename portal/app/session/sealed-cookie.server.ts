import { createCookie } from "@remix-run/node";
import type { z } from "zod";
import { deriveKey, seal, unseal } from "./sealed.server";

/** Every sealed cookie ends when its value says, so a value can never outlive what it stands for. */
export type Expiring = { expiresAt: string };

export type SealedCookie<T extends Expiring> = {
  read(request: Request): Promise<T | null>;
  commit(value: T): Promise<string>;
  clear(): Promise<string>;
};

type SealedCookieOptions<T extends Expiring> = {
  name: string;
  /** Where the browser sends it: "/" for the session, narrower for a cookie only some pages need. */
  path: string;
  /** Names the key derived from the secret, so a value sealed for one cookie never opens in another. */
  purpose: string;
  schema: z.ZodType<T>;
  secret: string;
  secure: boolean;
  now?: () => Date;
};

/**
 * An HttpOnly, SameSite=Lax cookie whose value is encrypted and authenticated: script in the page cannot read it, and
 * the browser can neither read nor alter it. A missing, altered, mis-shaped or expired cookie reads as null.
 */
export function createSealedCookie<T extends Expiring>(options: SealedCookieOptions<T>): SealedCookie<T> {
  const { name, path, purpose, schema, secret, secure, now = () => new Date() } = options;
  const key = deriveKey(secret, purpose);
  const cookie = createCookie(name, { httpOnly: true, sameSite: "lax", secure, path });

  return {
    async read(request) {
      const raw: unknown = await cookie.parse(request.headers.get("Cookie"));
      if (typeof raw !== "string") return null;
      const parsed = schema.safeParse(unseal(raw, key));
      if (!parsed.success || new Date(parsed.data.expiresAt) <= now()) return null;
      return parsed.data;
    },
    commit(value) {
      return cookie.serialize(seal(value, key), { expires: new Date(value.expiresAt) });
    },
    clear() {
      return cookie.serialize("", { maxAge: 0, expires: new Date(0) });
    },
  };
}
