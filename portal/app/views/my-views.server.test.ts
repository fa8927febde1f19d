import { ApiError, type FieldError } from "~/graphql/api.server";
import { viewsRefusal } from "./my-views.server";
import { MAIN_BUTTON_ID } from "~/question-page/question-page";

const refused = (...fields: FieldError[]) => new ApiError("BAD_USER_INPUT", "Refused.", fields);

describe("what the API refuses about the views, in the portal's words", () => {
  it("leads a too-long answer to its own box", () => {
    expect(viewsRefusal(refused({ field: "worryingMe", code: "TOO_LONG", message: "Keep what is worrying you to 4000 characters." }))).toEqual([
      { field: "worryingMe", message: "Your answer is too long. Keep it to 4,000 characters or fewer." },
    ]);
  });

  it("asks for who can see the views, leading to where that is chosen", () => {
    expect(viewsRefusal(refused({ field: "audience", code: "REQUIRED", message: "Choose who can read your views." }))).toEqual([
      { field: "audience", message: "Choose who can read your views" },
    ]);
  });

  it("says by the main button why views about the review itself were refused: nothing answered, or the review has started", () => {
    expect(viewsRefusal(refused({ field: "reviewId", code: "NOTHING_ANSWERED", message: "refused" }))).toEqual([
      { field: MAIN_BUTTON_ID, message: "Answer at least one question before you send your views" },
    ]);
    expect(viewsRefusal(refused({ field: "reviewId", code: "NOT_COMING_UP", message: "refused" }))[0]?.message).toMatch(/^Your review has started/);
  });
});
