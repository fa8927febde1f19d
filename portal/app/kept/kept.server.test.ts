import { keepPostedForm, keptFormCookie, keptOnPage, keptPathFor, ownerMarks } from "./kept.server";
import { postedForm } from "./posted-form.server";

const WAITING_ON = { account: "/sign-in", link: "/contribute" };
const markOf7 = ownerMarks.markOf("account:7");

/** A form posted to a page, read the way every action reads it. */
async function posted(path: string, fields: Record<string, string>): Promise<Request> {
  const request = new Request(`http://localhost${path}`, { method: "POST", body: new URLSearchParams(fields) });
  await postedForm(request);
  return request;
}

/** The browser coming back with the cookies it was given. */
function visiting(path: string, setCookies: string[]): Request {
  const pairs = setCookies.map((header) => header.split(";")[0] ?? "").filter((pair) => !pair.endsWith("="));
  return new Request(`http://localhost${path}`, { headers: { Cookie: pairs.join("; ") } });
}

describe("keeping what a form sent when the session has ended", () => {
  it("keeps what was typed, and where, for whoever the form was shown to, never a passphrase or which button it was", async () => {
    const request = await posted("/my-views/best-things?return=check", { bestThings: "Football\r\nand art", intent: "continue", passphrase: "secret words", "kept-owner": markOf7 });
    const kept = keptFormCookie.read(visiting("/", await keepPostedForm(request, "account", null)));
    expect(kept).toMatchObject({ path: "/my-views/best-things?return=check", kind: "account", owner: markOf7, scope: "", fields: [["bestThings", "Football\nand art"]] });
  });

  it("keeps it for the account the ended session was, whatever mark the form carried", async () => {
    const request = await posted("/young-people/3/communication-needs", { interpreterLanguage: "Polish", "kept-owner": ownerMarks.markOf("account:8") });
    const kept = keptFormCookie.read(visiting("/", await keepPostedForm(request, "account", "account:7")));
    expect(kept?.owner).toBe(markOf7);
  });

  it("names which form of the page it was, and drops the index marker Remix adds to the address", async () => {
    const request = await posted("/young-people/3/review?index", { reason: "Not this time", "kept-owner": markOf7, "kept-scope": "venue" });
    const kept = keptFormCookie.read(visiting("/", await keepPostedForm(request, "account", null)));
    expect(kept).toMatchObject({ path: "/young-people/3/review", scope: "venue", fields: [["reason", "Not this time"]] });
  });

  it("keeps nothing from a page load, a form not made to be kept, or a form whose mark is not one", async () => {
    expect(await keepPostedForm(new Request("http://localhost/my-views/best-things"), "account", "account:7")).toEqual([]);
    expect(await keepPostedForm(await posted("/young-people/3/review", { intent: "lock" }), "account", "account:7")).toEqual([]);
    expect(await keepPostedForm(await posted("/my-views/best-things", { bestThings: "x", "kept-owner": "account:7" }), "account", null)).toEqual([]);
  });
});

describe("a kept form, back again", () => {
  async function keptFor7(): Promise<string[]> {
    return keepPostedForm(await posted("/my-views/best-things", { bestThings: "Football", "kept-owner": markOf7 }), "account", null);
  }

  it("is restored on its page for its owner, once", async () => {
    const page = keptOnPage(visiting("/my-views/best-things", await keptFor7()), "account:7", WAITING_ON);
    expect(page).toMatchObject({ ownerMark: markOf7, waiting: null, restored: { path: "/my-views/best-things", kind: "account", scope: "", fields: [["bestThings", "Football"]] } });
    expect(page.setCookies).toEqual(keptFormCookie.clear());
  });

  it("is never shown to someone else signed in on the same browser, and is dropped", async () => {
    const page = keptOnPage(visiting("/my-views/best-things", await keptFor7()), "account:8", WAITING_ON);
    expect(page.restored).toBeNull();
    expect(page.setCookies).toEqual(keptFormCookie.clear());
  });

  it("waits, untouched, on any other page, or while nobody is signed in", async () => {
    const cookies = await keptFor7();
    expect(keptOnPage(visiting("/my-views/worries", cookies), "account:7", WAITING_ON)).toMatchObject({ restored: null, setCookies: [] });
    expect(keptOnPage(visiting("/my-views/best-things", cookies), null, WAITING_ON)).toMatchObject({ restored: null, setCookies: [] });
  });

  it("tells the person on the sign-in page why they are there", async () => {
    expect(keptOnPage(visiting("/sign-in", await keptFor7()), null, WAITING_ON).waiting).toEqual({ kind: "account", lost: false });
  });

  it("leads its owner back to its page after signing in; anyone else goes on as usual and it is dropped", async () => {
    const cookies = await keptFor7();
    expect(keptPathFor(visiting("/sign-in", cookies), "account:7")).toEqual({ path: "/my-views/best-things", setCookies: [] });
    expect(keptPathFor(visiting("/sign-in", cookies), "account:8")).toEqual({ path: null, setCookies: keptFormCookie.clear() });
    expect(keptPathFor(visiting("/sign-in", []), "account:7")).toEqual({ path: null, setCookies: [] });
  });
});
