import { carryOnPath, FEELINGS, pathAfter, pathAfterAudience, pathBefore, pathBeforeAudience, QUESTION_IDS, returnToFrom } from "./questions";

describe("moving between the views pages", () => {
  it("goes through every question in turn, one thing a page, then to checking the answers", () => {
    expect(QUESTION_IDS).toHaveLength(10);
    expect(pathBefore("going-well", null)).toBe("/my-views");
    expect(pathAfter("going-well", null)).toBe("/my-views/worries");
    expect(pathAfter("talk-about", null)).toBe("/my-views/feel-about-home");
    expect(pathBefore("feel-about-home", null)).toBe("/my-views/talk-about");
    expect(pathAfter("feel-about-friends", null)).toBe("/my-views/anything-else");
    expect(pathAfter("anything-else", null)).toBe("/my-views/check-answers");
  });

  it("goes back where a change began", () => {
    expect(pathAfter("worries", "check-answers")).toBe("/my-views/check-answers");
    expect(pathBefore("worries", "check-answers")).toBe("/my-views/check-answers");
    expect(pathAfterAudience("feel-about-health")).toBe("/my-views/feel-about-health");
    expect(pathBeforeAudience("start")).toBe("/my-views");
  });

  it("asks who can see the views before the first question, and goes back to the start from there", () => {
    expect(pathAfterAudience(null)).toBe("/my-views/going-well");
    expect(pathBeforeAudience(null)).toBe("/my-views");
  });

  it("goes back only to its own pages, whatever the address says", () => {
    expect(returnToFrom(new URLSearchParams("return=check-answers"))).toBe("check-answers");
    expect(returnToFrom(new URLSearchParams("return=worries"))).toBe("worries");
    expect(returnToFrom(new URLSearchParams("return=https://example.com"))).toBeNull();
    expect(returnToFrom(new URLSearchParams("return=//example.com"))).toBeNull();
    expect(returnToFrom(new URLSearchParams(""))).toBeNull();
  });
});

describe("carrying on with a saved draft", () => {
  it("asks who can see the views first if that is not chosen yet", () => {
    expect(carryOnPath(null)).toBe("/my-views/who-can-see");
    expect(carryOnPath({ audience: null, goingWell: "Football" })).toBe("/my-views/who-can-see");
  });

  it("goes to the page after the last one answered, skipped questions before it staying skipped", () => {
    expect(carryOnPath({ audience: "IRO_ONLY" })).toBe("/my-views/going-well");
    expect(carryOnPath({ audience: "IRO_ONLY", goingWell: "Football", talkAboutAtReview: null, feelingAboutHome: "HAPPY" })).toBe("/my-views/feel-about-school");
    expect(carryOnPath({ audience: "EVERYONE_AT_REVIEW", anythingElse: "No" })).toBe("/my-views/check-answers");
  });
});

describe("the feelings scale", () => {
  it("goes from the saddest face to the happiest, as it is read down the page", () => {
    expect(FEELINGS).toEqual(["VERY_UNHAPPY", "UNHAPPY", "OK", "HAPPY", "VERY_HAPPY"]);
  });
});
