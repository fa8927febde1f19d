import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { derivePageMessages } from "./derive-page-messages";
import { en } from "./en";
import type * as messages from "./messages";
import { t, type MessageId } from "./messages";
import { pageMessages } from "./page-messages";

const APP = path.resolve(__dirname, "..");

/** Each `<feature>.messages.ts` in the portal, with the ids it defines. */
async function featureMessageFiles(): Promise<{ file: string; ids: string[] }[]> {
  const files = readdirSync(APP, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".messages.ts"));
  return Promise.all(
    files.map(async (file) => {
      const exported = Object.values((await import(path.join(APP, file))) as Record<string, Record<string, string>>);
      return { file, ids: exported.flatMap((messages) => Object.keys(messages)) };
    }),
  );
}

describe("messages", () => {
  it("fill in each named value", () => {
    expect(t("home.greeting", { firstName: "Sam" })).toBe("Hello Sam");
  });

  it("leave a value that was not given visible, so a missing one is noticed", () => {
    expect(t("home.greeting")).toBe("Hello {firstName}");
  });

  it("are short enough to read on a phone: no message over 40 words", () => {
    const long = Object.entries(en).filter(([, text]) => text.split(/\s+/).length > 40);
    expect(long).toEqual([]);
  });

  it("are each a feature's own: every feature's file is gathered into the English, and no id is in two files", async () => {
    const files = await featureMessageFiles();
    const ids = files.flatMap((file) => file.ids);
    const twice = ids.filter((id, index) => ids.indexOf(id) !== index);
    expect(twice).toEqual([]);
    expect(files.length).toBeGreaterThan(1);
    expect([...ids].sort()).toEqual(Object.keys(en).sort());
  });
});

describe("the messages a page ships for hydration", () => {
  const messagesFor = pageMessages(derivePageMessages(APP), en);
  const ids = (pathname: string) => Object.keys(messagesFor(pathname)) as MessageId[];

  it("are the page's own and the parts it uses, from the root down, and no other page's", () => {
    const pack = ids("/young-people/a-young-person/review/pack");
    // The pack's own words, every one a condition may pick, its parts' (dates, choices) and the root's.
    expect(pack).toEqual(expect.arrayContaining(["pack.title", "pack.views.audience.IRO_ONLY", "pack.views.changes.removed", "iroReview.back", "service.skipLink", "signOut.submit"]));
    expect(pack).not.toContain("signIn.title");
    expect(pack).not.toContain("activate.title");
    expect(ids("/sign-in")).toEqual(expect.arrayContaining(["signIn.title", "signIn.passphrase.label", "error.notFound.title"]));
    expect(ids("/sign-in")).not.toContain("pack.title");
  });

  it("are the root's alone on an address no page answers, so its error page still has words", () => {
    expect(ids("/no/such/page")).toEqual(expect.arrayContaining(["error.notFound.title", "error.notFound.body", "error.home"]));
    expect(ids("/no/such/page")).not.toContain("signIn.title");
  });

  it("are each a small part of the catalogue", () => {
    for (const pathname of ["/sign-in", "/", "/young-people/a-young-person/review/pack"]) {
      expect(ids(pathname).length).toBeLessThan(Object.keys(en).length / 2);
    }
  });

  it("are all the browser has: a message the page did not ship fails where it is used, never showing its id", () => {
    jest.isolateModules(() => {
      const browser = jest.requireActual<typeof messages>("./messages");
      browser.provideMessages({ "home.greeting": "Hello {firstName}" });
      expect(browser.t("home.greeting", { firstName: "Sam" })).toBe("Hello Sam");
      expect(() => browser.t("signIn.title")).toThrow(browser.MessageNotShipped);
    });
  });

  it("name their ids where the derivation can see them: no id is made from a value alone or by joining strings", () => {
    const code = readdirSync(APP, { recursive: true, encoding: "utf8" }).filter((file) => /\.tsx?$/.test(file) && !/\.(server|test)\.tsx?$/.test(file));
    const hidden = code.filter((file) => /\bt\(\s*`\$\{|\bt\(\s*["'][^"']*["']\s*\+|<Message\s+id=\{`\$\{/.test(readFileSync(path.join(APP, file), "utf8")));
    expect(hidden).toEqual([]);
  });
});
