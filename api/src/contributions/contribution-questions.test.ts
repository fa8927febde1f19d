import { Relationship } from "../people/relationship";
import { ContributionQuestionId, questionsFor, relationshipToAskAs } from "./contribution-questions";

describe("the questions asked before a review", () => {
  it("ask everyone the same opening questions and end with anything else, with one or two for how they are related", () => {
    for (const relationship of Object.values(Relationship)) {
      const questions = questionsFor(relationship);
      expect(questions.slice(0, 4)).toEqual(["howThingsAreGoing", "whatIsGoingWell", "whatWorriesYou", "whatToTalkAbout"]);
      expect(questions.at(-1)).toBe("anythingElse");
      expect(questions.length).toBeGreaterThanOrEqual(6);
      expect(questions.length).toBeLessThanOrEqual(7);
    }
  });

  it.each([
    [Relationship.FATHER, ["familyTime", "yourInvolvement"]],
    [Relationship.KINSHIP_CARER, ["dailyLife", "supportForYou"]],
    [Relationship.SUPERVISING_SOCIAL_WORKER, ["carePlanProgress", "changesSinceLastReview"]],
    [Relationship.INDEPENDENT_VISITOR, ["howYouKnowThem"]],
  ])("ask a %s their own questions", (relationship, own) => {
    expect(questionsFor(relationship).slice(4, -1)).toEqual(own);
  });

  it("ask every question in the catalogue of someone", () => {
    const asked = new Set(Object.values(Relationship).flatMap((relationship) => questionsFor(relationship)));
    expect([...asked].sort()).toEqual(Object.values(ContributionQuestionId).sort());
  });

  it("ask someone related in more than one way as the one closest to day-to-day care", () => {
    expect(relationshipToAskAs([Relationship.OTHER, Relationship.KINSHIP_CARER])).toBe(Relationship.KINSHIP_CARER);
    expect(relationshipToAskAs([Relationship.SIBLING, Relationship.MOTHER])).toBe(Relationship.MOTHER);
    expect(relationshipToAskAs([Relationship.SOCIAL_WORKER])).toBe(Relationship.SOCIAL_WORKER);
    expect(relationshipToAskAs([])).toBeNull();
  });
});
