import { renderToStaticMarkup } from "react-dom/server";
import { BarChart } from "./bar-chart";

const render = (max?: number) =>
  renderToStaticMarkup(
    <BarChart
      id="kinds"
      title="Forms returned"
      description="A bar chart of the forms returned. The table below has the same figures."
      max={max}
      bars={[
        { key: "parent", label: "Parent", value: 2, text: "2 of 4" },
        { key: "carer", label: "Carer", value: 4, text: "4 of 4" },
      ]}
      table={{
        caption: "Forms returned, by who was asked",
        headings: ["Who was asked", "Sent", "Returned"],
        rows: [
          { key: "parent", label: "Parent", cells: [4, 2] },
          { key: "carer", label: "Carer", cells: [4, 4] },
        ],
      }}
    />,
  );
const all = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((match) => match.slice(1));

describe("a bar chart", () => {
  const html = render();

  it("is a picture named by its title and described, both read from inside it", () => {
    expect(html).toMatch(/<svg [^>]*role="img" aria-labelledby="kinds-title kinds-desc"/);
    expect(html).toContain('<title id="kinds-title">Forms returned</title>');
    expect(html).toContain('<desc id="kinds-desc">A bar chart of the forms returned. The table below has the same figures.</desc>');
  });

  it("says each bar's figure in words by its label, so nothing is said by length or colour alone", () => {
    expect(all(html, /class="chart__label"[^>]*>([^<]*)<tspan class="chart__value">([^<]*)</g)).toEqual([
      ["Parent: ", "2 of 4"],
      ["Carer: ", "4 of 4"],
    ]);
  });

  it("draws bars to scale, the longest across the chart unless a maximum is given", () => {
    expect(all(html, /<rect [^>]*width="(\d+)"/g)).toEqual([["160"], ["320"]]);
    expect(all(render(8), /<rect [^>]*width="(\d+)"/g)).toEqual([["80"], ["160"]]);
  });

  it("is drawn as wide as the narrowest screen, a row for each bar", () => {
    expect(html).toMatch(/viewBox="0 0 320 96"/);
  });

  it("always comes with a table of the same figures, each row named", () => {
    expect(html).toMatch(/<\/svg><table class="table"><caption>Forms returned, by who was asked<\/caption>/);
    expect(all(html, /<th scope="col"[^>]*>([^<]*)</g)).toEqual([["Who was asked"], ["Sent"], ["Returned"]]);
    expect(all(html, /<tr><th scope="row">([^<]*)<\/th><td[^>]*>([^<]*)<\/td><td[^>]*>([^<]*)<\/td><\/tr>/g)).toEqual([
      ["Parent", "4", "2"],
      ["Carer", "4", "4"],
    ]);
  });
});
