import { checkSupportForm } from "./support-request-form";
import { queueSearch, queueViewFrom } from "./queue-view";

describe("a request's form", () => {
  it("asks how soon and how to make contact; why may be left out", () => {
    expect(checkSupportForm({ why: "", howSoon: "SOON", contactPreference: "TEXT_MESSAGE" })).toEqual({ howSoon: "SOON", contactPreference: "TEXT_MESSAGE" });
    expect(checkSupportForm({ why: "Help", howSoon: "", contactPreference: "CARRIER_PIGEON" })).toEqual({
      errors: [
        { field: "howSoon", message: "Choose how soon you would like someone" },
        { field: "contactPreference", message: "Choose how you would like to be contacted" },
      ],
    });
  });
});

describe("the coordinator's queue filters", () => {
  it("are read from the address, anything unknown meaning no filter, and written back", () => {
    expect(queueViewFrom(new URLSearchParams("kind=ADVOCATE&status=REFERRED&after=abc"))).toEqual({ kind: "ADVOCATE", status: "REFERRED", after: "abc" });
    expect(queueViewFrom(new URLSearchParams("kind=FRIEND&status="))).toEqual({ kind: null, status: null, after: null });
    expect(queueSearch({ kind: "INDEPENDENT_VISITOR", status: null }, "next")).toBe("?kind=INDEPENDENT_VISITOR&after=next");
    expect(queueSearch({ kind: null, status: null })).toBe("");
  });
});
