import { answersFromForm, draftOf } from "./feedback-form";

const form = (entries: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(entries)) data.append(name, value);
  return data;
};

describe("a feedback form as sent", () => {
  it("keeps ratings that are ratings, comments as typed and consent only when given", () => {
    expect(answersFromForm(form({ listenedTo: "YES", wellOrganised: "SOMETIMES", change: "Start on time\r\nplease", mayQuote: "yes" }))).toEqual({
      listenedTo: "YES",
      viewsTakenIntoAccount: null,
      wellOrganised: null,
      youngPersonAtTheCentre: null,
      keepTheSame: "",
      change: "Start on time\nplease",
      anythingElse: "",
      mayQuote: true,
    });
    expect(answersFromForm(form({ mayQuote: "no" })).mayQuote).toBe(false);
    expect(answersFromForm(form({})).mayQuote).toBeNull();
  });

  it("shows an empty draft as nothing answered", () => {
    expect(Object.values(draftOf(null)).every((value) => value === null)).toBe(true);
  });
});
