import { atLondonTime } from "../kernel/calendar/london-time";
import { ReviewTimeliness } from "../reviews/review-due";
import { workDeadline } from "./work-deadline";

// A review held on the Thursday before Easter 2026: Good Friday (3 April) and Easter Monday (6 April) are not working days.
const HELD = atLondonTime("2026-04-02", "16:00");
const at = (date: string, time = "12:00") => atLondonTime(date, time);

describe("the deadlines after a review, in working days as review dates are counted", () => {
  it("puts the recommendations 5 working days and the record 15 working days after the day held, past the Easter bank holidays", () => {
    expect(workDeadline("recommendations", HELD, null, at("2026-04-02")).dueOn).toBe("2026-04-13");
    expect(workDeadline("record", HELD, null, at("2026-04-02")).dueOn).toBe("2026-04-27");
  });

  it("says on time, then due soon within 2 working days for the recommendations and 5 for the record, then overdue the day after", () => {
    const recommendations = (today: string) => workDeadline("recommendations", HELD, null, at(today)).timeliness;
    expect(recommendations("2026-04-08")).toBe(ReviewTimeliness.ON_TIME);
    expect(recommendations("2026-04-09")).toBe(ReviewTimeliness.DUE_SOON);
    expect(recommendations("2026-04-13")).toBe(ReviewTimeliness.DUE_SOON);
    expect(recommendations("2026-04-14")).toBe(ReviewTimeliness.OVERDUE);
    const record = (today: string) => workDeadline("record", HELD, null, at(today)).timeliness;
    expect(record("2026-04-17")).toBe(ReviewTimeliness.ON_TIME);
    expect(record("2026-04-20")).toBe(ReviewTimeliness.DUE_SOON);
    expect(record("2026-04-28")).toBe(ReviewTimeliness.OVERDUE);
  });

  it("once done, says whether it was done by the London day it was due, and no longer how close it is", () => {
    const lateEvening = workDeadline("recommendations", HELD, at("2026-04-13", "23:30"), at("2026-05-01"));
    expect(lateEvening).toMatchObject({ timeliness: null, doneOnTime: true });
    // Ten past midnight in London on the 14th is still the 13th in UTC: London's day is the one that counts.
    expect(workDeadline("recommendations", HELD, at("2026-04-14", "00:10"), at("2026-05-01")).doneOnTime).toBe(false);
  });
});
