import { createCookie } from "@remix-run/node";
import { z } from "zod";
import { deriveKey, seal, unseal } from "./sealed.server";

const sessionSchema = z.object({ token: z.string().min(1), expiresAt: z.iso.datetime() });
export type PortalSession = z.infer<typeof sessionSchema>;

export type SessionCookie = {
  read(request: Request): Promise<PortalSession | null>;
  commit(session: PortalSession): Promise<string>;
  clear(): Promise<string>;
};

/**
 * The portal's session lives in one HttpOnly cookie holding the API's session token, encrypted: script in the page
 * cannot read it, and the browser cannot use it against the API. A missing, altered or expired cookie reads as null.
 */
export function createSessionCookie(options: { secret: string; secure: boolean; now?: () => Date }): SessionCookie {
  const { secret, secure, now = () => new Date() } = options;
  const key = deriveKey(secret, "my-review portal session cookie");
  const cookie = createCookie("my_review_session", { httpOnly: true, sameSite: "lax", secure, path: "/" });

  return {
    async read(request) {
      const raw: unknown = await cookie.parse(request.headers.get("Cookie"));
      if (typeof raw !== "string") return null;
      const parsed = sessionSchema.safeParse(unseal(raw, key));
      if (!parsed.success || new Date(parsed.data.expiresAt) <= now()) return null;
      return parsed.data;
    },
    commit(session) {
      return cookie.serialize(seal(session, key), { expires: new Date(session.expiresAt) });
    },
    clear() {
      return cookie.serialize("", { maxAge: 0, expires: new Date(0) });
    },
  };
}
