import { renderToStaticMarkup } from "react-dom/server";
import { AdvocacyChart } from "./advocacy-chart";

const QUARTERS = [
  { startsOn: "2026-01-01", endsOn: "2026-03-31", youngPeopleWithAdvocate: 2 },
  { startsOn: "2026-04-01", endsOn: "2026-06-30", youngPeopleWithAdvocate: 4 },
];
const html = renderToStaticMarkup(<AdvocacyChart quarters={QUARTERS} />);
const all = (pattern: RegExp) => [...html.matchAll(pattern)].map((match) => match.slice(1));

describe("the advocacy chart", () => {
  it("is a picture named by its title and description, each quarter's bar carrying its number", () => {
    expect(html).toMatch(/<svg [^>]*role="img" aria-labelledby="advocacy-chart-title advocacy-chart-desc"/);
    expect(html).toContain(">Young people with an advocate, each quarter</title>");
    expect(all(/class="chart__label"[^>]*>([^<]*)<tspan class="chart__value">([^<]*)</g)).toEqual([
      ["Jan–Mar 2026: ", "2"],
      ["Apr–Jun 2026: ", "4"],
    ]);
    expect(all(/<rect [^>]*width="(\d+)"/g)).toEqual([["160"], ["320"]]);
  });

  it("has the same figures in a table", () => {
    expect(all(/<tr><th scope="row">([^<]*)<\/th><td[^>]*>([^<]*)<\/td><\/tr>/g)).toEqual([
      ["1 January 2026 to 31 March 2026", "2"],
      ["1 April 2026 to 30 June 2026", "4"],
    ]);
  });
});
