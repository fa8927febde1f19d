import { answersFromForm, valuesFromDraft, type Draft } from "./choice-form";
import { pathAfter, pathBefore, QUESTIONS } from "./questions";

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe("a question page's form", () => {
  it("sends the place chosen and the words typed, exactly as typed", () => {
    const { answers, values } = answersFromForm(QUESTIONS.where, form([["place", "SOMEWHERE_ELSE"], ["placeDetails", "  Nan's flat "]]));
    expect(answers).toEqual({ place: "SOMEWHERE_ELSE", placeDetails: "  Nan's flat " });
    expect(values).toEqual({ place: "SOMEWHERE_ELSE", placeDetails: "  Nan's flat " });
  });

  it("leaves a question with nothing chosen as it was, and clears a box left empty", () => {
    expect(answersFromForm(QUESTIONS.where, form([["placeDetails", "   "]])).answers).toEqual({ placeDetails: null });
  });

  it("ignores an option that is not on the page", () => {
    expect(answersFromForm(QUESTIONS.chairing, form([["chairing", "THE_CAT"]])).answers).toEqual({});
    expect(answersFromForm(QUESTIONS.when, form([["preferredTimes", "WEEKEND"], ["preferredTimes", "MIDNIGHT"]])).answers).toMatchObject({
      preferredTimes: ["WEEKEND"],
    });
  });

  it("turns yes or no into an answer the API understands", () => {
    expect(answersFromForm(QUESTIONS["meet-iro-first"], form([["meetIroFirst", "no"]])).answers).toEqual({ meetIroFirst: false });
  });

  it("sends the people ticked, or no answer when nobody is ticked", () => {
    expect(answersFromForm(QUESTIONS.who, form([["invitedPersonIds", "a"], ["invitedPersonIds", "b"], ["othersInvited", "Coach"]])).answers).toEqual({
      invitedPersonIds: ["a", "b"],
      othersInvited: "Coach",
    });
    expect(answersFromForm(QUESTIONS.who, form([])).answers).toEqual({ invitedPersonIds: null, othersInvited: null });
  });
});

describe("a question page's saved answers", () => {
  const draft = {
    place: "COMMUNITY_PLACE",
    placeDetails: "The library",
    preferredTimes: ["WEEKEND"],
    meetIroFirst: false,
    invitedPeople: [{ id: "mum", firstName: "Mum" }],
    notWantedPeople: null,
  } as Draft;

  it("fill the fields again when the young person comes back", () => {
    expect(valuesFromDraft(QUESTIONS.where, draft)).toEqual({ place: "COMMUNITY_PLACE", placeDetails: "The library" });
    expect(valuesFromDraft(QUESTIONS["meet-iro-first"], draft)).toEqual({ meetIroFirst: "no" });
    expect(valuesFromDraft(QUESTIONS.who, draft)).toEqual({ invitedPersonIds: ["mum"], othersInvited: "" });
    expect(valuesFromDraft(QUESTIONS["not-who"], null)).toEqual({ notWantedPersonIds: [], notWantedOthers: "" });
  });
});

describe("moving between question pages", () => {
  it("goes through every question in turn, then to checking the answers", () => {
    expect(pathAfter("where", false)).toBe("/my-review/how");
    expect(pathAfter("chairing", false)).toBe("/my-review/check-answers");
    expect(pathBefore("where", false)).toBe("/my-review");
    expect(pathBefore("how", false)).toBe("/my-review/where");
  });

  it("goes back to checking the answers after changing one", () => {
    expect(pathAfter("where", true)).toBe("/my-review/check-answers");
    expect(pathBefore("who", true)).toBe("/my-review/check-answers");
  });
});
