import { caseloadArguments, caseloadSearch, caseloadViewFrom } from "./caseload-view";

describe("the caseload's view in the query string", () => {
  it("reads the sort and filters, and takes the default for anything it does not know", () => {
    expect(caseloadViewFrom(new URLSearchParams("sort=due&show=planned-late&iro=abc"))).toEqual({ sort: "due", show: "planned-late", iro: "abc" });
    expect(caseloadViewFrom(new URLSearchParams("sort=age&show=everything"))).toEqual({ sort: "name", show: "all", iro: "" });
  });

  it("keeps the view in the links to the next page, and leaves the defaults out", () => {
    expect(caseloadSearch({ sort: "due", show: "overdue", iro: "" }, "c1")).toBe("?sort=due&show=overdue&after=c1");
    expect(caseloadSearch({ sort: "name", show: "all", iro: "" })).toBe("");
  });

  it("asks the API for the IRO only for a manager", () => {
    const view = { sort: "due", show: "due-soon", iro: "iro-1" } as const;
    expect(caseloadArguments(view, true)).toEqual({ orderBy: "REVIEW_DUE", timeliness: "DUE_SOON", iroPersonId: "iro-1" });
    expect(caseloadArguments(view, false)).toEqual({ orderBy: "REVIEW_DUE", timeliness: "DUE_SOON", iroPersonId: null });
  });
});
