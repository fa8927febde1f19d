import { pressedButton } from "./question-buttons";

const posted = (intent?: string) => {
  const form = new FormData();
  if (intent !== undefined) form.set("intent", intent);
  return form;
};

describe("the button pressed on a question page", () => {
  it("is Back, Sign out or Save and come back later by its intent", () => {
    expect(["back", "sign-out", "later"].map((intent) => pressedButton(posted(intent)))).toEqual(["back", "sign-out", "later"]);
  });

  it("is Continue when none is named, as when Enter submits the form", () => {
    expect(pressedButton(posted())).toBe("continue");
  });

  it("is one of the page's own only when the page has it", () => {
    expect(pressedButton(posted("fewer-words"), ["fewer-words", "more-words"])).toBe("fewer-words");
    expect(pressedButton(posted("fewer-words"))).toBe("continue");
  });
});
