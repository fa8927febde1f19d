import { z } from "zod";
import { createSealedCookie } from "~/session/sealed-cookie.server";
import { createHeldLinkCookie, heldAsSent, heldNoLongerThan, heldToken, type HeldLink } from "./held-link-cookie.server";

const secret = "x".repeat(40);
const TOKEN = "Vq3XbT0m4c2s9QyK1nHd8uLw5eZr7pAi6oJgFkYtBxE";

function requestWith(setCookie: string): Request {
  return new Request("http://localhost/contribute", { headers: { Cookie: setCookie.split(";")[0] ?? "" } });
}

describe("the cookie that holds a single-use link's token", () => {
  const cookie = createHeldLinkCookie({ secret, secure: true });

  it("gives back the token it was given", async () => {
    const held = heldToken(TOKEN);
    expect(await cookie.read(requestWith(await cookie.commit(held)))).toEqual(held);
  });

  it("goes only to the /contribute pages, out of reach of script, sealed so the token cannot be read from it", async () => {
    const header = await cookie.commit(heldToken(TOKEN));
    expect(header).toMatch(/; Path=\/contribute;/);
    expect(header).toMatch(/; HttpOnly/);
    expect(header).toMatch(/; SameSite=Lax/);
    expect(header).toMatch(/; Secure/);
    expect(decodeURIComponent(header)).not.toContain(TOKEN);
  });

  it("is kept a day at most, and no longer than the link works", () => {
    const now = new Date("2026-03-10T12:00:00Z");
    const held = heldToken(TOKEN, now);
    expect(held.expiresAt).toBe("2026-03-11T12:00:00.000Z");
    expect(heldNoLongerThan(held, "2026-03-10T16:30:00Z")).toEqual({ ...held, expiresAt: "2026-03-10T16:30:00.000Z" });
    expect(heldNoLongerThan(held, "2026-04-01T16:30:00Z")).toBeNull();
  });

  it("reads as nothing once past its time", async () => {
    const later = createHeldLinkCookie({ secret, secure: true, now: () => new Date(Date.now() + 25 * 3_600_000) });
    expect(await later.read(requestWith(await cookie.commit(heldToken(TOKEN))))).toBeNull();
  });

  it("reads as nothing when its value was sealed with the same secret for another purpose, such as the session", async () => {
    const sameNameOtherKey = createSealedCookie({ name: "my_review_link", path: "/contribute", purpose: "my-review portal session cookie", schema: z.custom<HeldLink>(), secret, secure: true });
    expect(await cookie.read(requestWith(await sameNameOtherKey.commit(heldToken(TOKEN))))).toBeNull();
  });

  it("keeps, once the views are sent, that they were, and the token only to read back what was sent", async () => {
    const sent = await cookie.read(requestWith(await cookie.commit(heldAsSent(TOKEN))));
    expect(sent).toEqual({ kind: "sent", token: TOKEN, expiresAt: expect.any(String) });
  });
});
