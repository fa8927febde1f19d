import { countInWords } from "./character-count";
import { characterCount, textLimit } from "~/question-page/text-limits";

describe("a box's character count", () => {
  it("says how many characters are left, or how many too many, in words", () => {
    expect(countInWords(4000, 3880)).toBe("You have 120 characters left");
    expect(countInWords(200, 199)).toBe("You have 1 character left");
    expect(countInWords(4000, 4210)).toBe("You have 210 characters too many");
    expect(countInWords(1000, 1001)).toBe("You have 1 character too many");
    expect(countInWords(4000, 0)).toBe("You have 4,000 characters left");
  });

  it("counts as the API does: an emoji is one character, however it is written", () => {
    expect(characterCount("ok 👍")).toBe(4);
    expect(characterCount("❤️")).toBe(1);
  });

  it("takes each box's limit from the one list of them, a parent's limit for every answer under it", () => {
    expect(textLimit("views", "goingWell")).toBe(4000);
    expect(textLimit("contribute", "answers.dailyLife")).toBe(4000);
    expect(textLimit("choices", "timesThatDoNotWork")).toBe(1000);
    expect(textLimit("choices", "place")).toBeUndefined();
  });
});
