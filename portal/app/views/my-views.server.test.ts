import { viewsErrors } from "./my-views.server";
import { MAIN_BUTTON_ID } from "./views-form";

describe("what the API refuses about the views, in the portal's words", () => {
  it("leads a too-long answer to its own box", () => {
    expect(viewsErrors([{ field: "worryingMe", message: "Keep what is worrying you to 4000 characters." }], true)).toEqual([
      { field: "worryingMe", message: "Keep your answer to 4000 characters or fewer" },
    ]);
  });

  it("asks for who can see the views, leading to where that is chosen", () => {
    expect(viewsErrors([{ field: "audience", message: "Choose who can read your views." }], true)).toEqual([{ field: "audience", message: "Choose who can read your views" }]);
  });

  it("says why views about the review itself were refused: nothing answered, or the review has started", () => {
    const aboutTheReview = [{ field: "reviewId", message: "refused" }];
    expect(viewsErrors(aboutTheReview, false)).toEqual([{ field: MAIN_BUTTON_ID, message: "Answer at least one question before you send your views" }]);
    expect(viewsErrors(aboutTheReview, true)[0]?.message).toMatch(/^Your review has started/);
  });
});
