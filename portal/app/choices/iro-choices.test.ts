import { answerStatus, choiceRows, notWantedLines, savedNotice, savedSearch, type SentChoices } from "./iro-choices";

const nothingSent: SentChoices = {
  place: null,
  placeDetails: null,
  meetingShape: null,
  attendance: null,
  preferredTimes: null,
  timesThatDoNotWork: null,
  invitedPeople: null,
  othersInvited: null,
  notWantedPeople: null,
  notWantedOthers: null,
  meetIroFirst: null,
  chairing: null,
  updatedAt: "2026-03-01T10:00:00Z",
};

const everything: SentChoices = {
  ...nothingSent,
  place: "SOMEWHERE_ELSE",
  placeDetails: "Nan's flat",
  meetingShape: "SHORT_MEETINGS",
  attendance: "MIXED",
  preferredTimes: ["AFTER_SCHOOL", "WEEKEND", "HOLIDAYS"],
  timesThatDoNotWork: "Tuesdays, I have football",
  invitedPeople: [
    { id: "helen", firstName: "Helen" },
    { id: "mum", firstName: "Mum" },
  ],
  othersInvited: "My football coach",
  notWantedPeople: [{ id: "gran", firstName: "Gran" }],
  notWantedOthers: "My old teacher",
  meetIroFirst: true,
  chairing: "CO_CHAIR",
};

const linesOf = (sent: SentChoices) => Object.fromEntries(choiceRows(sent, "Sam").map((row) => [row.label, row.lines]));

describe("the young person's choices, as their IRO reads them", () => {
  it("put each topic in plain words, in the order the young person answered them", () => {
    expect(linesOf(everything)).toEqual({
      "Where to meet": ["Somewhere else", "In their words: Nan's flat"],
      "How the meeting works": ["A few short meetings instead of one long one", "Some people in the room, some online"],
      When: ["Best times: after school, at the weekend and in the school holidays", "Times that do not work: Tuesdays, I have football"],
      "Who to invite": ["From their network: Helen and Mum", "Anyone else: My football coach"],
      "Meeting you first": ["Sam would like to meet you on your own before the review"],
      "Who chairs": ["Sam would like to chair it with you"],
    });
  });

  it("leave a topic the young person did not answer empty, but count 'none of these' and 'no' as answers", () => {
    const lines = linesOf({ ...nothingSent, preferredTimes: [], invitedPeople: [], meetIroFirst: false, chairing: "NOT_SURE" });
    expect(lines).toEqual({
      "Where to meet": [],
      "How the meeting works": [],
      When: ["No time they were offered suits them best"],
      "Who to invite": ["Nobody from their network"],
      "Meeting you first": ["Sam does not need to meet you before the review"],
      "Who chairs": ["Sam is not sure yet"],
    });
  });

  it("keep who the young person does not want there out of the rows, for the IRO's private box", () => {
    expect(JSON.stringify(choiceRows(everything, "Sam"))).not.toMatch(/Gran|old teacher/);
    expect(notWantedLines(everything)).toEqual(["From their network: Gran", "Anyone else: My old teacher"]);
    expect(notWantedLines({ ...everything, notWantedPeople: [], notWantedOthers: null })).toEqual([]);
  });
});

describe("the IRO's answer, read back to them", () => {
  const sentAt = "2026-03-02T10:00:00Z";
  const sent = { ...everything, updatedAt: sentAt };

  it("says when nothing is answered yet", () => {
    expect(answerStatus(undefined, sent)).toEqual({ status: "You have not answered this yet.", reason: null, sentSince: false });
  });

  it("says what the IRO answered and when, in London's date, with what they wrote", () => {
    const answer = { topic: "PLACE" as const, accepted: false, reason: "Your carers are moving house.", answeredAt: "2026-03-02T23:30:00Z" };
    expect(answerStatus(answer, sent)).toEqual({ status: "On Monday 2 March 2026 you answered with a reason.", reason: "Your carers are moving house.", sentSince: false });
    expect(answerStatus({ ...answer, accepted: true, reason: null }, sent).status).toBe("On Monday 2 March 2026 you said you can do this.");
  });

  it("warns when the young person sent their choices again after the answer", () => {
    const answer = { topic: "CHAIRING" as const, accepted: true, reason: null, answeredAt: "2026-03-01T09:00:00Z" };
    expect(answerStatus(answer, sent).sentSince).toBe(true);
  });
});

describe("the notice after a change is saved", () => {
  it("names what was saved", () => {
    expect(savedNotice(new URLSearchParams(savedSearch({ answered: "PLACE" })).get("saved"), "Sam")).toBe(
      "Your answer about “Where to meet” is saved. Sam can read it now.",
    );
    expect(savedNotice(new URLSearchParams(savedSearch({ locked: true })).get("saved"), "Sam")).toBe("Sam's choices cannot change now, while you arrange the review.");
    expect(savedNotice(new URLSearchParams(savedSearch({ locked: false })).get("saved"), "Sam")).toBe("Sam can change their choices again.");
  });

  it("says nothing for an address with no saved change, or one made up", () => {
    expect(savedNotice(null, "Sam")).toBeNull();
    expect(savedNotice("<script>", "Sam")).toBeNull();
  });
});
