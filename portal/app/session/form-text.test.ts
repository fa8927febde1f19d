import { formText } from "./form-text";

describe("a form field's text", () => {
  it("is what was typed, spaces and emoji and all", () => {
    expect(formText("  Football 🙂  ")).toBe("  Football 🙂  ");
  });

  it("has its line breaks as the text box held them, not as the browser sent them", () => {
    expect(formText("Football.\r\nMy new bike.\rThe end")).toBe("Football.\nMy new bike.\nThe end");
  });

  it("is empty when the field is missing or a file", () => {
    expect(formText(null)).toBe("");
    expect(formText(new File(["x"], "x.txt"))).toBe("");
  });
});
