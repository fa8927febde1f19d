import { readConduct, readMidway, readRecommendation } from "./review-record-forms";

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
};

describe("how the review went, as the form sends it", () => {
  it("is read with the IRO's answers, a participation code left for the API to judge", () => {
    const read = readConduct(form({ chairedBy: "CO_CHAIRED", chairingDeclined: "no", metIroAloneFirst: "yes", meetings: "SERIES", participation: "PN1" }));
    expect(read).toEqual({ input: { chairedBy: "CO_CHAIRED", chairingDeclined: false, metIroAloneFirst: true, meetings: "SERIES", participation: "PN1" } });
  });

  it("asks again for each question left unanswered, leading to its radios", () => {
    const read = readConduct(form({ participation: "PN9" }));
    expect("errors" in read && read.errors.map((error) => error.field)).toEqual(["chairedBy", "metIroAloneFirst", "meetings"]);
  });
});

describe("a recommendation, as the form sends it", () => {
  it("takes someone from the network or a role, and the day as the API writes it", () => {
    const read = readRecommendation(form({ action: "Join a club", responsiblePersonId: "", responsibleRole: " The school ", day: "7", month: "3", year: "2027" }));
    expect(read).toEqual({ input: { action: "Join a club", responsiblePersonId: null, responsibleRole: "The school", dueOn: "2027-03-07" } });
  });

  it("refuses a day that does not exist, leading to the box that is wrong", () => {
    const read = readRecommendation(form({ action: "Join a club", day: "31", month: "2", year: "2027" }));
    expect(read).toEqual({ errors: [{ field: "dueOn-day", message: "Enter a real date, such as 27 3 2027" }] });
  });
});

describe("a midway check, as the form sends it", () => {
  it("gives progress only for the recommendations given a status", () => {
    const read = readMidway(form({ day: "1", month: "12", year: "2026", concernRaised: "yes", "status-a": "DONE", "note-a": "Joined", "note-b": "" }), ["a", "b"]);
    expect(read).toEqual({ input: { checkedOn: "2026-12-01", note: null, concernRaised: true, progress: [{ recommendationId: "a", status: "DONE", note: "Joined" }] } });
  });
});
