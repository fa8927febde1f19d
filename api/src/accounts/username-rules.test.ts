import { normaliseUsername } from "./username";
import { checkUsername, USERNAME_PROBLEM_MESSAGES } from "./username-rules";

function codes(username: string): string[] {
  return checkUsername(username).map((problem) => problem.code);
}

describe("checking a username a young person has chosen", () => {
  it.each(["sam", "sam.jones", "Sam_Jones", "skater-girl-09", "2cool4school", "  Otter.Fan  ", "a".repeat(30)])(
    "accepts %j",
    (username) => {
      expect(checkUsername(username)).toEqual([]);
    },
  );

  it("is checked as it will be stored: trimmed and in lower case", () => {
    expect(checkUsername(" Sam.Jones ")).toEqual([]);
    expect(normaliseUsername(" Sam.Jones ")).toBe("sam.jones");
  });

  it.each(["", "   ", "sj", " sj "])("refuses %j as too short", (username) => {
    expect(codes(username)).toEqual(["TOO_SHORT"]);
  });

  it("refuses more than 30 characters", () => {
    expect(codes("a".repeat(31))).toEqual(["TOO_LONG"]);
  });

  it.each(["sam jones", "sam!", "zoë", "sаm" /* Cyrillic а */, "sam🦦", "sam/jones"])(
    "refuses %j for a character it may not use",
    (username) => {
      expect(codes(username)).toEqual(["NOT_ALLOWED_CHARACTER"]);
    },
  );

  it.each([".sam", "_sam", "-sam"])("refuses %j for not starting with a letter or a number", (username) => {
    expect(codes(username)).toEqual(["STARTS_WITH_SYMBOL"]);
  });

  it.each(["sam@example.com", "Sam.Jones@Gmail.com", "sam@home", "sam.jones.gmail.com", "samjones.co.uk"])(
    "refuses %j as an email address",
    (username) => {
      expect(checkUsername(username)).toEqual([
        {
          code: "LOOKS_LIKE_EMAIL",
          message:
            "That looks like an email address. Please keep your email out of your username, so it stays private.",
        },
      ]);
    },
  );

  it.each(["07700900123", "07700 900123", "+44 7700 900123", "sam07700900123", "0161-496-0000", "(0161) 4960000", "4960000"])(
    "refuses %j as a phone number",
    (username) => {
      expect(codes(username)).toEqual(["LOOKS_LIKE_PHONE_NUMBER"]);
    },
  );

  it("accepts a few digits, such as a year", () => {
    expect(codes("sam2010")).toEqual([]);
    expect(codes("sam.2010.42")).toEqual([]);
  });

  it("can name more than one problem at once", () => {
    expect(codes("_")).toEqual(["TOO_SHORT", "STARTS_WITH_SYMBOL"]);
    expect(codes("_sam jones")).toEqual(["NOT_ALLOWED_CHARACTER", "STARTS_WITH_SYMBOL"]);
  });

  it("words every message in short sentences", () => {
    for (const message of Object.values(USERNAME_PROBLEM_MESSAGES)) {
      const sentences = message.split(/(?<=\.)\s+/);
      expect(sentences.every((sentence) => /^[A-Z].*\.$/.test(sentence))).toBe(true);
      expect(Math.max(...sentences.map((sentence) => sentence.split(/\s+/).length))).toBeLessThanOrEqual(15);
    }
  });
});
