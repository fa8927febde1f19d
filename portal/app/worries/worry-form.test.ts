import { checkWorryForm } from "./worry-form";

describe("the I'm worried form", () => {
  it("asks who and how soon; what it is about may be left out", () => {
    expect(checkWorryForm({ wants: "EITHER", howSoon: "AS_SOON_AS_POSSIBLE", about: "", submissionKey: "k" })).toEqual({ wants: "EITHER", howSoon: "AS_SOON_AS_POSSIBLE" });
    expect(checkWorryForm({ wants: "", howSoon: "NEVER", about: "Home", submissionKey: "k" })).toEqual({
      errors: [
        { field: "wants", message: "Choose who you would like to contact you" },
        { field: "howSoon", message: "Choose how soon" },
      ],
    });
  });
});
