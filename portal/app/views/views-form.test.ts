import { QUESTIONS } from "./questions";
import { answerFromForm, audienceFromForm, hasAnswers, shorterWordsAskedFor, valueFromDraft, type ViewsDraft } from "./views-form";

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

const EMPTY_DRAFT: ViewsDraft = {
  audience: null,
  usedShorterVersion: false,
  goingWell: null,
  worryingMe: null,
  wouldLikeToChange: null,
  talkAboutAtReview: null,
  feelingAboutHome: null,
  feelingAboutSchool: null,
  feelingAboutHealth: null,
  feelingAboutFamilyTime: null,
  feelingAboutFriendsAndActivities: null,
  anythingElse: null,
};

describe("a views question page's form", () => {
  it("sends the words typed exactly as typed, spaces and new lines kept", () => {
    const typed = "  Football on Saturdays\nand my new bike ";
    expect(answerFromForm(QUESTIONS["going-well"], form([["goingWell", typed]]))).toEqual({ changes: { goingWell: typed }, value: typed });
  });

  it("clears an answer when the box is left empty or only has spaces", () => {
    expect(answerFromForm(QUESTIONS.worries, form([["worryingMe", "   "]])).changes).toEqual({ worryingMe: null });
    expect(answerFromForm(QUESTIONS["anything-else"], form([])).changes).toEqual({ anythingElse: null });
  });

  it("sends the face chosen, and leaves a feeling as it was when no face is chosen", () => {
    expect(answerFromForm(QUESTIONS["feel-about-school"], form([["feelingAboutSchool", "VERY_HAPPY"]])).changes).toEqual({ feelingAboutSchool: "VERY_HAPPY" });
    expect(answerFromForm(QUESTIONS["feel-about-home"], form([])).changes).toEqual({});
  });

  it("ignores a feeling or an audience that is not on the page", () => {
    expect(answerFromForm(QUESTIONS["feel-about-health"], form([["feelingAboutHealth", "ECSTATIC"]]))).toEqual({ changes: {}, value: "" });
    expect(audienceFromForm(form([["audience", "THE_WHOLE_SCHOOL"]]))).toBeNull();
    expect(audienceFromForm(form([["audience", "IRO_AND_SOCIAL_WORKER"]]))).toBe("IRO_AND_SOCIAL_WORKER");
  });

  it("turns the words switch into the version to save", () => {
    expect(shorterWordsAskedFor("fewer-words")).toBe(true);
    expect(shorterWordsAskedFor("more-words")).toBe(false);
    expect(shorterWordsAskedFor("continue")).toBeUndefined();
  });
});

describe("a views question page's saved answer", () => {
  it("fills the field again when the young person comes back", () => {
    const draft = { ...EMPTY_DRAFT, goingWell: "My new school", feelingAboutFamilyTime: "OK" as const };
    expect(valueFromDraft(QUESTIONS["going-well"], draft)).toBe("My new school");
    expect(valueFromDraft(QUESTIONS["feel-about-family-time"], draft)).toBe("OK");
    expect(valueFromDraft(QUESTIONS.changes, draft)).toBe("");
    expect(valueFromDraft(QUESTIONS.changes, null)).toBe("");
  });

  it("counts as answered once any question is, whoever can see it and whichever words", () => {
    expect(hasAnswers(null)).toBe(false);
    expect(hasAnswers({ ...EMPTY_DRAFT, audience: "IRO_ONLY", usedShorterVersion: true })).toBe(false);
    expect(hasAnswers({ ...EMPTY_DRAFT, feelingAboutHealth: "UNHAPPY" })).toBe(true);
  });
});
