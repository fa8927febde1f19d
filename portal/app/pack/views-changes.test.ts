import type { ViewsAnswers } from "./pack-sections";
import { viewsChanges } from "./views-changes";

const first: ViewsAnswers = {
  goingWell: "Football",
  worryingMe: "Moving school next year",
  wouldLikeToChange: null,
  talkAboutAtReview: "Seeing my brother",
  anythingElse: "Thank you",
  feelingAboutHome: "HAPPY",
  feelingAboutSchool: null,
  feelingAboutHealth: "OK",
  feelingAboutFamilyTime: "UNHAPPY",
  feelingAboutFriendsAndActivities: "VERY_HAPPY",
};

describe("what changed in the young person's views", () => {
  it("is nothing when the answers are the same, and a skipped answer is the same as an empty one", () => {
    expect(viewsChanges(first, { ...first, wouldLikeToChange: "" }, "Sam")).toEqual([]);
  });

  it("gives each answer added, taken out or changed, with the words before and now, in the order asked", () => {
    const second: ViewsAnswers = {
      ...first,
      worryingMe: "Nothing right now",
      wouldLikeToChange: "More time with my brother",
      anythingElse: null,
      feelingAboutSchool: "OK",
      feelingAboutFamilyTime: "VERY_UNHAPPY",
    };
    expect(viewsChanges(first, second, "Sam")).toEqual([
      { key: "worryingMe", label: "What is worrying Sam", before: "Moving school next year", now: "Nothing right now" },
      { key: "wouldLikeToChange", label: "What Sam would like to change", before: null, now: "More time with my brother" },
      { key: "anythingElse", label: "Anything else", before: "Thank you", now: null },
      { key: "feelingAboutSchool", label: "How Sam feels: School or college", before: null, now: "OK" },
      { key: "feelingAboutFamilyTime", label: "How Sam feels: Family time", before: "Unhappy", now: "Very unhappy" },
    ]);
  });

  it("treats a change of spaces or line breaks as a change, because the pack shows words exactly as written", () => {
    expect(viewsChanges(first, { ...first, goingWell: "Football\n" }, "Sam").map((change) => change.key)).toEqual(["goingWell"]);
  });
});
