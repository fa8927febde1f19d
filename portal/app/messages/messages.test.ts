import { en } from "./en";
import { t } from "./messages";

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
});
