import { createSessionCookie } from "./session-cookie.server";

const secret = "x".repeat(40);
const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString();

function requestWith(setCookie: string): Request {
  return new Request("http://localhost/", { headers: { Cookie: setCookie.split(";")[0] ?? "" } });
}

describe("the portal's session cookie", () => {
  const cookie = createSessionCookie({ secret, secure: true });

  it("gives back the session it was given", async () => {
    const session = { token: "api-token-123", expiresAt: inAnHour(), accountId: "42" };
    expect(await cookie.read(requestWith(await cookie.commit(session)))).toEqual(session);
  });

  it("is HttpOnly, SameSite=Lax and Secure, and hides the API token from the browser", async () => {
    const header = await cookie.commit({ token: "api-token-123", expiresAt: inAnHour(), accountId: "42" });
    expect(header).toMatch(/; HttpOnly/);
    expect(header).toMatch(/; SameSite=Lax/);
    expect(header).toMatch(/; Secure/);
    expect(Buffer.from(decodeURIComponent(header), "base64").toString("latin1")).not.toContain("api-token-123");
    expect(decodeURIComponent(header)).not.toContain("api-token-123");
  });

  it("leaves Secure off for plain-HTTP development", async () => {
    const development = createSessionCookie({ secret, secure: false });
    expect(await development.commit({ token: "t", expiresAt: inAnHour(), accountId: "42" })).not.toMatch(/Secure/);
  });

  it("reads an altered cookie as no session", async () => {
    const header = await cookie.commit({ token: "api-token-123", expiresAt: inAnHour(), accountId: "42" });
    const [nameValue] = header.split(";");
    const altered = nameValue!.slice(0, -3) + (nameValue!.endsWith("A") ? "BBB" : "AAA");
    expect(await cookie.read(new Request("http://localhost/", { headers: { Cookie: altered } }))).toBeNull();
  });

  it("reads a cookie sealed with another secret as no session", async () => {
    const other = createSessionCookie({ secret: "y".repeat(40), secure: true });
    const header = await other.commit({ token: "api-token-123", expiresAt: inAnHour(), accountId: "42" });
    expect(await cookie.read(requestWith(header))).toBeNull();
  });

  it("reads a session past its expiry as no session", async () => {
    const later = createSessionCookie({ secret, secure: true, now: () => new Date(Date.now() + 7_200_000) });
    const header = await cookie.commit({ token: "api-token-123", expiresAt: inAnHour(), accountId: "42" });
    expect(await later.read(requestWith(header))).toBeNull();
  });

  it.each([["no cookie", ""], ["garbage", "my_review_session=%%%"], ["another cookie", "theme=dark"]])("reads %s as no session", async (_case, header) => {
    expect(await cookie.read(new Request("http://localhost/", { headers: { Cookie: header } }))).toBeNull();
  });

  it("clears itself", async () => {
    expect(await cookie.clear()).toMatch(/^my_review_session=; Max-Age=0;/);
  });
});
