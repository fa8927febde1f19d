import { contributionLines, feelingLines, viewsLines, whatIsNew, type Pack } from "./pack-sections";

const views = {
  number: 2,
  audience: "IRO_ONLY",
  submittedAt: "2026-11-20T10:00:00.000Z",
  usedShorterVersion: false,
  goingWell: "  Football 🙂\nand art  ",
  worryingMe: null,
  wouldLikeToChange: "",
  talkAboutAtReview: "Seeing my brother",
  anythingElse: null,
  feelingAboutHome: "HAPPY",
  feelingAboutSchool: null,
  feelingAboutHealth: "OK",
  feelingAboutFamilyTime: "VERY_UNHAPPY",
  feelingAboutFriendsAndActivities: "VERY_HAPPY",
} as const;

const contribution = {
  id: "c1",
  relationship: "FOSTER_CARER",
  submittedAt: "2026-11-21T09:00:00.000Z",
  person: { firstName: "Helen" },
  answers: { howThingsAreGoing: "Settled.\nSleeping better.", dailyLife: "Walks the dog", whatWorriesYou: null },
};

function pack(readUpTo: string | null): Pack {
  return {
    readUpTo,
    youngPerson: { firstName: "Sam", communicationNeeds: { updatedAt: "2026-11-18T08:00:00.000Z" } },
    review: {
      scheduledFor: "2026-12-14T16:30:00.000Z",
      format: "IN_PERSON",
      venue: null,
      choices: { sent: { updatedAt: "2026-11-19T08:00:00.000Z" }, answers: [] },
      views: { latest: views },
      contributions: [contribution],
    },
  } as unknown as Pack;
}

describe("the pack's sections", () => {
  it("give the young person's words exactly as written, leaving out only what they skipped", () => {
    expect(viewsLines(views, "Sam")).toEqual([
      { key: "goingWell", label: "What is going well", text: "  Football 🙂\nand art  " },
      { key: "talkAboutAtReview", label: "What Sam wants to talk about at the review", text: "Seeing my brother" },
    ]);
  });

  it("say how the young person feels about each part of their life in words, and which they skipped", () => {
    expect(feelingLines(views).map((line) => `${line.label}: ${line.text}`)).toEqual([
      "Home: Happy",
      "School or college: Not answered",
      "Health: OK",
      "Family time: Very unhappy",
      "Friends and activities: Very happy",
    ]);
  });

  it("give a contribution's answers under the questions that person was asked", () => {
    expect(contributionLines(contribution as never, "Sam").map((line) => line.label)).toEqual(["How things are going for Sam", "Day-to-day life"]);
  });

  it("list what came in since the IRO said they had read the pack, each with where it is in the pack", () => {
    expect(whatIsNew(pack("2026-11-21T12:00:00.000Z"), "Sam")).toEqual([]);
    expect(whatIsNew(pack("2026-11-20T12:00:00.000Z"), "Sam")).toEqual([{ place: "contribution-c1", text: "Views from Helen" }]);
    expect(whatIsNew(pack("2026-11-19T12:00:00.000Z"), "Sam")).toEqual([
      { place: "pack-views", text: "Sam's views, version 2" },
      { place: "contribution-c1", text: "Views from Helen" },
    ]);
  });

  it("count everything in the pack as new until the IRO first says they have read it", () => {
    expect(whatIsNew(pack(null), "Sam").map((item) => item.place)).toEqual(["pack-needs", "pack-choices", "pack-views", "contribution-c1"]);
  });
});
