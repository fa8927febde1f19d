import { z } from "zod";
import { createSealedCookie, type SealedCookie } from "./sealed-cookie.server";

// The account id says whose work a form kept after the session ended is (see kept/); it is not secret, but sealed too.
// The role shapes the pages (a young person's start with "I'm worried"); it decides no access, which the API does. A
// cookie sealed before it was kept has none, and reads as a page for anyone.
const sessionSchema = z.object({ token: z.string().min(1), expiresAt: z.iso.datetime(), accountId: z.string().min(1), role: z.string().optional() });
export type PortalSession = z.infer<typeof sessionSchema>;

export type SessionCookie = SealedCookie<PortalSession>;

/**
 * The portal's session lives in one HttpOnly cookie holding the API's session token, encrypted: script in the page
 * cannot read it, and the browser cannot use it against the API. A missing, altered or expired cookie reads as null.
 */
export function createSessionCookie(options: { secret: string; secure: boolean; now?: () => Date }): SessionCookie {
  return createSealedCookie({ ...options, name: "my_review_session", path: "/", purpose: "my-review portal session cookie", schema: sessionSchema });
}
