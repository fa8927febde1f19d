import { z } from "zod";
import { createSealedCookie, type SealedCookie } from "~/session/sealed-cookie.server";

/** A link's token is 43 characters; anything much longer was never one, and is not worth a cookie. */
export const LONGEST_TOKEN = 100;

/** However long the link works, the browser keeps it a day at most: opening the link again starts another day. */
const HELD_FOR_MS = 24 * 60 * 60 * 1000;

const heldSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("link"), token: z.string().min(1).max(LONGEST_TOKEN), expiresAt: z.iso.datetime() }),
  // Once the views are sent the token opens the questions no more: it is kept, for the day, only so that the
  // thank-you page can ask the API for a copy of what was sent (ADR 014).
  z.object({ kind: z.literal("sent"), token: z.string().min(1).max(LONGEST_TOKEN), expiresAt: z.iso.datetime() }),
]);

/** What the browser holds for someone who opened a single-use link: its token, and whether they have sent their views. */
export type HeldLink = z.infer<typeof heldSchema>;

export type HeldLinkCookie = SealedCookie<HeldLink>;

/**
 * The link's token, moved out of the address into a cookie sent only to its pages (/contribute for views, /feedback
 * for feedback), so that it is in no address bar, history entry or Referer once the link has been opened.
 */
export function createHeldLinkCookie(options: { secret: string; secure: boolean; now?: () => Date; name?: string; path?: string; purpose?: string }): HeldLinkCookie {
  const { name = "my_review_link", path = "/contribute", purpose = "my-review portal single-use link cookie", ...rest } = options;
  return createSealedCookie({ ...rest, name, path, purpose, schema: heldSchema });
}

const aDayFrom = (now: Date) => new Date(now.getTime() + HELD_FOR_MS).toISOString();

export function heldToken(token: string, now = new Date()): HeldLink {
  return { kind: "link", token, expiresAt: aDayFrom(now) };
}

export function heldAsSent(token: string, now = new Date()): HeldLink {
  return { kind: "sent", token, expiresAt: aDayFrom(now) };
}

/** The held token again, ending when the link does if that is sooner; null when it already ends in time. */
export function heldNoLongerThan(held: HeldLink, linkExpiresAt: string): HeldLink | null {
  return new Date(linkExpiresAt) < new Date(held.expiresAt) ? { ...held, expiresAt: new Date(linkExpiresAt).toISOString() } : null;
}
