import { renderToStaticMarkup } from "react-dom/server";
import { telHref, WithPhoneLinks } from "./phone-links";

const rendered = (text: string) => renderToStaticMarkup(<WithPhoneLinks text={text} />);

describe("phone numbers in words", () => {
  it("become links to call them, the words around them kept", () => {
    expect(rendered("Call Childline free on 0800 1111.")).toBe('Call Childline free on <a href="tel:08001111">0800 1111</a>.');
    expect(rendered("Call 020 7946 0958 or 999 in an emergency.")).toBe(
      'Call <a href="tel:02079460958">020 7946 0958</a> or <a href="tel:999">999</a> in an emergency.',
    );
  });

  it("leave other numbers alone: lengths, dates and times", () => {
    for (const text of ["Keep your answer to 4000 characters or fewer", "On 12 March 2026 at 10:00am", "Version 9999"]) expect(rendered(text)).toBe(text);
  });

  it("dial the digits only", () => {
    expect(telHref("0800 1111")).toBe("tel:08001111");
  });
});
