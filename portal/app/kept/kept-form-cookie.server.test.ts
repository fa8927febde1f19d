import { randomBytes } from "node:crypto";
import { CHUNK_CHARS, createKeptFormCookie, isKeepablePath, MOST_CHUNKS, type KeptForm } from "./kept-form-cookie.server";

const secret = "x".repeat(40);
const kept: Omit<KeptForm, "expiresAt"> = {
  path: "/my-views/best-things?return=check",
  kind: "account",
  owner: "m".repeat(43),
  scope: "",
  fields: [["bestThings", "Football.\nMy new bike 🙂"]],
};

/** The browser's side: the cookies each Set-Cookie header sets, sent back as one Cookie header. */
function requestWith(setCookies: string[], tamper: (value: string) => string = (value) => value): Request {
  const pairs = setCookies.map((header) => header.split(";")[0] ?? "").filter((pair) => !pair.endsWith("="));
  return new Request("http://localhost/", { headers: { Cookie: pairs.map(tamper).join("; ") } });
}

/** Letters and spaces that do not repeat the way a short phrase would, so they compress like real writing at worst. */
function cyrillicWords(length: number): string {
  let seed = 7;
  return Array.from({ length }, () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const high = Math.floor(seed / 65536);
    return high % 7 === 0 ? " " : String.fromCodePoint(0x430 + (high % 32));
  }).join("");
}

describe("the cookie that keeps what was typed", () => {
  const cookie = createKeptFormCookie({ secret, secure: true });

  it("gives back what it kept", () => {
    expect(cookie.read(requestWith(cookie.commit(kept)))).toMatchObject(kept);
  });

  it("is HttpOnly, SameSite=Lax, Secure, for the whole site, gone in a few hours, and shows nothing it holds", () => {
    const [first] = cookie.commit(kept);
    expect(first).toMatch(/^my_review_kept=[A-Za-z0-9_-]+; Path=\/; Expires=[^;]+; HttpOnly; SameSite=Lax; Secure$/);
    const expires = new Date(/Expires=([^;]+)/.exec(first ?? "")?.[1] ?? "");
    expect(expires.getTime() - Date.now()).toBeLessThanOrEqual(3 * 60 * 60 * 1000);
    expect(Buffer.from(first ?? "", "base64url").toString("latin1")).not.toContain("Football");
    expect(first).not.toContain("Football");
  });

  it("reads as nothing once altered, or sealed with another secret", () => {
    const headers = cookie.commit(kept);
    expect(cookie.read(requestWith(headers, (pair) => pair.slice(0, -2) + (pair.endsWith("AA") ? "BB" : "AA")))).toBeNull();
    expect(createKeptFormCookie({ secret: "y".repeat(40), secure: true }).read(requestWith(headers))).toBeNull();
  });

  it("reads as nothing once its few hours have passed", () => {
    const later = createKeptFormCookie({ secret, secure: true, now: () => new Date(Date.now() + 5 * 60 * 60 * 1000) });
    expect(later.read(requestWith(cookie.commit(kept)))).toBeNull();
  });

  it("keeps a 4,000-character answer in another script, split over more than one cookie, each small enough for a browser", () => {
    const long = cyrillicWords(4000);
    const headers = cookie.commit({ ...kept, fields: [["bestThings", long]] });
    const set = headers.filter((header) => !header.includes("Max-Age=0"));
    expect(set.length).toBeGreaterThan(1);
    for (const header of headers) expect(header.length).toBeLessThan(4096);
    expect(cookie.read(requestWith(headers))?.fields).toEqual([["bestThings", long]]);
  });

  it("says what was typed could not be kept, rather than dropping it silently, when it cannot fit", () => {
    const noise = randomBytes(CHUNK_CHARS * MOST_CHUNKS).toString("base64");
    const headers = cookie.commit({ ...kept, fields: [["bestThings", noise]] });
    const read = cookie.read(requestWith(headers));
    expect(read).toMatchObject({ path: kept.path, owner: kept.owner, fields: null });
  });

  it("clears every part of itself, and reads a missing first part as nothing", () => {
    expect(cookie.clear()).toEqual([
      expect.stringMatching(/^my_review_kept=; Max-Age=0;/),
      expect.stringMatching(/^my_review_kept_2=; Max-Age=0;/),
      expect.stringMatching(/^my_review_kept_3=; Max-Age=0;/),
    ]);
    expect(cookie.read(new Request("http://localhost/", { headers: { Cookie: "my_review_kept_2=abc" } }))).toBeNull();
  });
});

describe("where a kept form may lead back to", () => {
  it.each(["/my-views/best-things", "/young-people/7/communication-needs", "/contribute/questions/dailyLife?return"])("is a path on this site: %s", (path) => {
    expect(isKeepablePath(path)).toBe(true);
  });

  it.each(["https://evil.example/", "//evil.example/", "/\\evil.example", "evil", "/a\nb", `/${"a".repeat(2000)}`])("is never anywhere else: %s", (path) => {
    expect(isKeepablePath(path)).toBe(false);
  });

  it("is refused when read back, should a kept form ever name another site", () => {
    const cookie = createKeptFormCookie({ secret, secure: false });
    expect(cookie.read(requestWith(cookie.commit({ ...kept, path: "//evil.example/" })))).toBeNull();
  });
});
