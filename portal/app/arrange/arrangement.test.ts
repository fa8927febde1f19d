import { doneNotice, doneSearch, dueLines, formsFor, historyEntries, type PlannedReview } from "./arrangement";

type Change = PlannedReview["history"][number];
const change = (fields: Partial<Change> & Pick<Change, "id" | "kind" | "occurredAt">): Change => ({
  startBefore: null,
  startAfter: null,
  formatBefore: null,
  formatAfter: null,
  venueBefore: null,
  venueAfter: null,
  reason: null,
  changedBy: { firstName: "Priya" },
  ...fields,
});

describe("the forms the page offers", () => {
  const now = new Date("2026-05-01T09:00:00Z");

  it("with nothing planned, is planning one", () => {
    expect(formsFor(null, now)).toEqual(["schedule"]);
  });

  it("before a planned review starts, is moving it, changing how or where it meets, or cancelling it", () => {
    expect(formsFor({ scheduledFor: "2026-05-01T09:01:00Z" }, now)).toEqual(["reschedule", "rearrange", "cancel"]);
  });

  it("once it has started, also recording it as held or adjourned", () => {
    expect(formsFor({ scheduledFor: "2026-05-01T09:00:00Z" }, now)).toEqual(["held", "adjourn", "reschedule", "rearrange", "cancel"]);
  });
});

describe("when the next review is due by law", () => {
  const due = { dueOn: "2026-05-04", timeliness: "DUE_SOON", sequence: "SECOND" } as const;

  it("gives the day, how close it is and which review it is, in words", () => {
    expect(dueLines(due)).toEqual({
      dueBy: "Due by Monday 4 May 2026",
      lines: ["Due soon: 10 working days or fewer to go.", "It is the second review of this period of care."],
    });
    expect(dueLines({ ...due, timeliness: "ON_TIME" }).lines[0]).toBe("On time: more than 10 working days to go.");
    expect(dueLines({ ...due, timeliness: "OVERDUE" }).lines[0]).toBe("Overdue: the day it was due by has passed.");
    expect(dueLines({ ...due, timeliness: "PLANNED_LATE" }).lines[0]).toBe(
      "Planned late: the review planned is after this day, so it will be late unless it moves.",
    );
  });
});

describe("a review's history", () => {
  const history = [
    change({ id: "1", kind: "SCHEDULED", startAfter: "2026-05-04T15:00:00Z", occurredAt: "2026-03-02T10:00:00Z" }),
    change({
      id: "2",
      kind: "RESCHEDULED",
      startBefore: "2026-05-04T15:00:00Z",
      startAfter: "2026-05-06T15:30:00Z",
      reason: "Aisha has a school trip.",
      occurredAt: "2026-04-20T08:15:00Z",
      changedBy: { firstName: "Denise" },
    }),
  ];

  it("reads newest first: what happened, who did it and when, and why, in London time", () => {
    expect(historyEntries(history)).toEqual([
      {
        id: "2",
        what: "Moved from Monday 4 May 2026 at 4pm to Wednesday 6 May 2026 at 4:30pm",
        byWhom: "By Denise on Monday 20 April 2026 at 9:15am",
        reason: "Reason: Aisha has a school trip.",
      },
      { id: "1", what: "Planned for Monday 4 May 2026 at 4pm", byWhom: "By Priya on Monday 2 March 2026 at 10am", reason: null },
    ]);
  });

  it("says how and where it met before and after a change of format or venue", () => {
    const rearranged = change({ id: "4", kind: "REARRANGED", formatBefore: "IN_PERSON", venueBefore: "Civic Centre", formatAfter: "ONLINE", occurredAt: "2026-01-05T14:00:00Z" });
    expect(historyEntries([rearranged])[0]?.what).toBe("Changed from In person, at Civic Centre to Online");
  });

  it("says when, without a name, for a change by someone the IRO may not see", () => {
    const [entry] = historyEntries([change({ id: "3", kind: "CANCELLED", reason: "Moved away.", occurredAt: "2026-01-05T14:00:00Z", changedBy: null })]);
    expect(entry).toEqual({ id: "3", what: "Cancelled", byWhom: "On Monday 5 January 2026 at 2pm", reason: "Reason: Moved away." });
  });
});

describe("the notice after a change", () => {
  it("says what was done, from the address the change redirects to", () => {
    expect(doneSearch("cancel")).toBe("?done=cancel");
    expect(doneNotice("cancel", "Aisha")).toBe("Aisha's review is cancelled. Plan the next one below.");
    expect(doneNotice("reschedule", "Aisha")).toBe("Aisha's review has moved.");
    expect(doneNotice("schedule", "Aisha")).toBe("Aisha's review is planned.");
  });

  it("is not shown for anything else", () => {
    expect(doneNotice("deleted", "Aisha")).toBeNull();
    expect(doneNotice(null, "Aisha")).toBeNull();
  });
});
