import type { ContributionQuestionId } from "~/graphql/generated/graphql";
import {
  answersToSend,
  askedQuestion,
  CHECK_ANSWERS_PATH,
  closedStatus,
  pathAfter,
  pathBefore,
  questionPath,
  START_PATH,
  whereToCarryOn,
} from "./contribution-pages";

const CARER: ContributionQuestionId[] = ["howThingsAreGoing", "whatIsGoingWell", "whatWorriesYou", "whatToTalkAbout", "dailyLife", "supportForYou", "anythingElse"];

describe("the pages of a link's questions", () => {
  it("go one question after another, then to checking the answers", () => {
    expect(pathAfter(CARER, "howThingsAreGoing", false)).toBe("/contribute/questions/whatIsGoingWell");
    expect(pathAfter(CARER, "anythingElse", false)).toBe(CHECK_ANSWERS_PATH);
  });

  it("go back to checking the answers after a change made from there", () => {
    expect(pathAfter(CARER, "dailyLife", true)).toBe(CHECK_ANSWERS_PATH);
    expect(pathBefore(CARER, "dailyLife", true)).toBe(CHECK_ANSWERS_PATH);
  });

  it("go back one question, and from the first to the start page", () => {
    expect(pathBefore(CARER, "supportForYou", false)).toBe("/contribute/questions/dailyLife");
    expect(pathBefore(CARER, "howThingsAreGoing", false)).toBe(START_PATH);
  });

  it("carry on at the first question not answered, or at checking the answers when all are", () => {
    expect(whereToCarryOn(CARER, { howThingsAreGoing: "Well", whatIsGoingWell: "  ", whatWorriesYou: "School" })).toBe("/contribute/questions/whatIsGoingWell");
    const everything = Object.fromEntries(CARER.map((id) => [id, "Something"]));
    expect(whereToCarryOn(CARER, everything)).toBe(CHECK_ANSWERS_PATH);
  });

  it("offer only the questions this link asks", () => {
    expect(askedQuestion(CARER, "dailyLife")).toBe("dailyLife");
    expect(askedQuestion(CARER, "familyTime")).toBeNull();
    expect(askedQuestion(CARER, "__proto__")).toBeNull();
    expect(askedQuestion(CARER, undefined)).toBeNull();
  });

  it("can be returned to from the check page", () => {
    expect(questionPath("dailyLife", true)).toBe("/contribute/questions/dailyLife?return=check");
  });
});

describe("the draft sent to be saved", () => {
  it("holds every saved answer with the one just typed, exactly as typed", () => {
    const draft = { howThingsAreGoing: "Settled", whatWorriesYou: "Sleep", dailyLife: null };
    expect(answersToSend(CARER, draft, { id: "dailyLife", text: " Football on Saturdays\n" })).toEqual({
      howThingsAreGoing: "Settled",
      whatWorriesYou: "Sleep",
      dailyLife: " Football on Saturdays\n",
    });
  });

  it("leaves out an answer cleared on its page, so that it is no longer kept", () => {
    expect(answersToSend(CARER, { howThingsAreGoing: "Settled", whatWorriesYou: "Sleep" }, { id: "whatWorriesYou", text: "   " })).toEqual({ howThingsAreGoing: "Settled" });
  });

  it("holds answers only to the questions this link asks", () => {
    expect(answersToSend(CARER, { familyTime: "Sundays", anythingElse: "Thanks" })).toEqual({ anythingElse: "Thanks" });
  });
});

describe("a link that cannot be used", () => {
  it("is gone (410) when it expired, was used or was replaced", () => {
    expect([closedStatus("EXPIRED"), closedStatus("USED"), closedStatus("REVOKED")]).toEqual([410, 410, 410]);
  });

  it("is a page that explains (200) when the link is not known, or not held at all", () => {
    expect([closedStatus("UNKNOWN"), closedStatus("NO_LINK")]).toEqual([200, 200]);
  });
});
