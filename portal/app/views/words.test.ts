import { en } from "~/messages/en";
import { usesShorterWords, words } from "./words";

describe("the views in fewer words", () => {
  it("say each thing both ways, so switching never leaves a page without words", () => {
    const keys = (prefix: string) =>
      Object.keys(en)
        .filter((id) => id.startsWith(prefix))
        .map((id) => id.slice(prefix.length))
        .sort();
    expect(keys("views.short.")).toEqual(keys("views.long."));
  });

  it("are the young person's choice once they have a draft, and by age before that", () => {
    expect(words("going-well.title", true)).toBe("What is good right now?");
    expect(words("going-well.title", false)).toBe("What is going well for you?");
    expect(usesShorterWords(true, null)).toBe(true);
    expect(usesShorterWords(true, { usedShorterVersion: false })).toBe(false);
    expect(usesShorterWords(false, { usedShorterVersion: true })).toBe(true);
  });
});
