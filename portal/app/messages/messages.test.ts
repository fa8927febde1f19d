import { readdirSync } from "node:fs";
import path from "node:path";
import { en } from "./en";
import { t } from "./messages";

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
