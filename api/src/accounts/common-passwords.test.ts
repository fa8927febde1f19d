import { readFileSync } from "node:fs";
import path from "node:path";
import { commonPasswordsFile, isCommonPassword } from "./common-passwords";

describe("the common-passwords list", () => {
  it("is the file beside this module, found from the repository root", () => {
    expect(commonPasswordsFile()).toBe(path.join(__dirname, "common-passwords.txt"));
  });

  it("holds at least 10,000 passwords, in lower case, each once", () => {
    const entries = readFileSync(commonPasswordsFile(), "utf8")
      .split("\n")
      .filter((line) => line !== "" && !line.startsWith("#"));

    expect(entries.length).toBeGreaterThanOrEqual(10_000);
    expect(entries.filter((entry) => entry !== entry.toLowerCase() || entry !== entry.trim())).toEqual([]);
    expect(new Set(entries).size).toBe(entries.length);
  });

  it("names its source and licence at the top", () => {
    const header = readFileSync(commonPasswordsFile(), "utf8").split("\n").slice(0, 10).join("\n");

    expect(header).toContain("@zxcvbn-ts/language-common");
    expect(header).toContain("MIT");
  });

  it("does not take its comment lines for passwords", () => {
    const firstLine = readFileSync(commonPasswordsFile(), "utf8").split("\n")[0] ?? "";

    expect(firstLine).toMatch(/^# /);
    expect(isCommonPassword(firstLine)).toBe(false);
  });

  it.each(["password", "123456", "iloveyou", "football", "password123"])("knows %s", (password) => {
    expect(isCommonPassword(password)).toBe(true);
  });

  it("does not know a passphrase made of three unrelated words", () => {
    expect(isCommonPassword("sunny river kite")).toBe(false);
    expect(isCommonPassword("sunnyriverkite")).toBe(false);
  });
});
