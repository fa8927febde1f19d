import { checkPassphrase, PASSPHRASE_PROBLEM_MESSAGES, type PassphraseContext } from "./passphrase-policy";

function codes(passphrase: string, context: PassphraseContext = {}): string[] {
  return checkPassphrase(passphrase, context).map((problem) => problem.code);
}

describe("checking a passphrase a young person has chosen", () => {
  it.each(["sunny river kite", "purple otter jumps", "Correct-Horse-Battery", "my dog is called biscuit"])(
    "accepts three or more words: %s",
    (passphrase) => {
      expect(checkPassphrase(passphrase, { username: "sam.jones", firstName: "Sam" })).toEqual([]);
    },
  );

  it("accepts three short words although they make fewer than 12 characters", () => {
    expect("cat dog sun").toHaveLength(11);
    expect(codes("cat dog sun")).toEqual([]);
    expect(codes("red+kite+fly")).toEqual([]);
  });

  it("accepts 12 characters or more without words", () => {
    expect(codes("7gq2vz9xk4rw")).toEqual([]);
  });

  it.each(["", "kite", "bluekite", "x7 q2 v9 k4", "a b c d e f", "          kite"])(
    "refuses %j as too short",
    (passphrase) => {
      expect(codes(passphrase)).toContain("TOO_SHORT");
    },
  );

  it("explains that a passphrase is too short in words a child can follow", () => {
    expect(checkPassphrase("quiet owl")).toEqual([
      {
        code: "TOO_SHORT",
        message: "Your passphrase is too short. Try three words you will remember, like “purple otter jumps”.",
      },
    ]);
  });

  it("takes up to 1000 characters, counting an emoji as one", () => {
    expect(codes("otter ".repeat(166) + "owl!")).toEqual([]);
    expect(codes("🦦".repeat(990) + " otter owl")).toEqual([]);
    expect(codes("🦦".repeat(991) + " otter owl")).toEqual(["TOO_LONG"]);
    expect(codes("otter ".repeat(166) + "owls!")).toEqual(["TOO_LONG"]);
    expect(codes("x".repeat(1_000_000))).toEqual(["TOO_LONG"]);
  });

  it.each(["password123", "Password 123", "PASSWORD-123", "pass word 123", "iloveyou", "I love you!!", "qwertyuiop"])(
    "refuses %j as too common",
    (passphrase) => {
      expect(codes(passphrase)).toContain("TOO_COMMON");
    },
  );

  it("refuses a common password with digits stuck on the end as too common", () => {
    expect(codes("sunshine 2024")).toEqual(["TOO_COMMON"]);
    expect(codes("1999 football 1999")).toEqual(["TOO_COMMON"]);
  });

  it.each([
    [{ firstName: "Sam" }, "sam"],
    [{ firstName: "Sam" }, "Sam 2014!"],
    [{ firstName: "Aaliyah" }, "aaliyah12345678"],
    [{ username: "sam.jones" }, "Sam Jones"],
    [{ username: "sam.jones" }, "sam.jones"],
    [{ username: "skater_boy_09" }, "skaterboy2009"],
  ])("refuses a passphrase that is only the person's name or username, with or without digits (%j, %j)", (context, passphrase) => {
    expect(codes(passphrase, context)).toContain("CONTAINS_NAME");
  });

  it("explains why a name is a poor passphrase", () => {
    expect(checkPassphrase("Aaliyah 2014!", { firstName: "Aaliyah" })).toEqual([
      { code: "CONTAINS_NAME", message: PASSPHRASE_PROBLEM_MESSAGES.CONTAINS_NAME },
    ]);
    expect(PASSPHRASE_PROBLEM_MESSAGES.CONTAINS_NAME).toMatch(/^Your passphrase is too much like your name/);
  });

  it("accepts a passphrase that uses the person's name among other words", () => {
    expect(codes("sam likes purple otters", { username: "sam", firstName: "Sam" })).toEqual([]);
  });

  it("does not take a passphrase of digits for a name made of digits", () => {
    expect(codes("4829 3017 5561", { username: "2010" })).toEqual([]);
  });

  it.each(["aaaaaaaaaaaa", "abcabcabcabc", "kite kite kite", "234567890123", "zyxwvutsrqpo", "!!!!!!!!!!!!"])(
    "refuses %j as a pattern that is easy to guess",
    (passphrase) => {
      expect(codes(passphrase)).toEqual(["TOO_PREDICTABLE"]);
    },
  );

  it("shows a child at most one problem about length and one about guessing", () => {
    expect(codes("password", { firstName: "Password" })).toEqual(["TOO_SHORT", "CONTAINS_NAME"]);
    expect(codes("aaaaaa")).toEqual(["TOO_SHORT", "TOO_PREDICTABLE"]);
    expect(codes("password")).toEqual(["TOO_SHORT", "TOO_COMMON"]);
  });

  it("has no composition rules: no symbol, digit or capital letter is needed", () => {
    expect(codes("quiet orange lantern")).toEqual([]);
  });

  it("words every message in short sentences", () => {
    for (const message of Object.values(PASSPHRASE_PROBLEM_MESSAGES)) {
      const sentences = message.split(/(?<=\.)\s+/);
      expect(sentences.every((sentence) => /^[A-Z].*\.$/.test(sentence))).toBe(true);
      expect(Math.max(...sentences.map((sentence) => sentence.split(/\s+/).length))).toBeLessThanOrEqual(15);
    }
  });
});
