import { useCountedDatabase } from "../testing/test-statement-counter";
import { useTestApi } from "../testing/test-api";
import { useTestDatabase } from "../testing/test-database";
import { londonDateAfter } from "../kernel/calendar/london-time";
import { calendarDate } from "../kernel/calendar/calendar-date";
import { ReviewTimeliness, dueSoonEndsOn, timelinessOn } from "./review-due";
import { ReviewStatus } from "./review-status";

const database = useTestDatabase();
const counted = useCountedDatabase(database);
const api = useTestApi(counted);

const CASELOAD = `{ youngPeople(first: 20) { items { firstName nextReview { scheduledFor } reviewDue { sequence dueOn timeliness } } } }`;
let iroNumber = 0;

async function iroWithCaseload(size: number) {
  const username = `due.iro.${++iroNumber}`;
  const { person: iro } = await database.make.iroWithAccount({ username, passphrase: "long quiet river" });
  for (let child = 0; child < size; child += 1) {
    const youngPerson = await database.make.youngPerson({ firstName: `Child${String(child).padStart(3, "0")}` });
    await database.make.allocation({ youngPersonId: youngPerson.id, iroPersonId: iro.id });
    await database.make.carePeriod({ youngPersonId: youngPerson.id, startsOn: "2025-01-06" });
    await database.make.review({ youngPersonId: youngPerson.id, scheduledFor: new Date("2025-01-20T16:00:00Z"), status: ReviewStatus.HELD });
    await database.make.review({ youngPersonId: youngPerson.id, scheduledFor: new Date(Date.now() + 30 * 86_400_000) });
  }
  return api.tokenFor(username, "long quiet river");
}

describe("when reviews are due", () => {
  it("counts the first review from the start of care in working days, skipping bank holidays", async () => {
    const { person: iro } = await database.make.iroWithAccount({ username: "due.first", passphrase: "long quiet river" });
    const child = await database.make.youngPerson({ firstName: "Newcomer" });
    await database.make.allocation({ youngPersonId: child.id, iroPersonId: iro.id });
    // Thursday before Easter 2026: Good Friday, Easter Monday and the early May bank holiday are not working days.
    await database.make.carePeriod({ youngPersonId: child.id, startsOn: "2026-04-02" });
    const { body } = await api.graphql(CASELOAD, { token: await api.tokenFor("due.first", "long quiet river") });
    expect((body.data?.youngPeople as { items: unknown[] }).items).toEqual([
      { firstName: "Newcomer", nextReview: null, reviewDue: { sequence: "FIRST", dueOn: "2026-05-05", timeliness: "OVERDUE" } },
    ]);
  });

  it("shows the second review due three months after the first was held", async () => {
    const token = await iroWithCaseload(1);
    const { body } = await api.graphql(CASELOAD, { token });
    const [entry] = (body.data?.youngPeople as { items: { reviewDue: unknown }[] }).items;
    expect(entry?.reviewDue).toEqual({ sequence: "SECOND", dueOn: "2025-04-20", timeliness: "OVERDUE" });
  });

  it("says a review planned for after the day it is due is planned late, and one planned in time is not", async () => {
    const { person: iro } = await database.make.iroWithAccount({ username: "due.planned", passphrase: "long quiet river" });
    const [late, inTime] = [await database.make.youngPerson({ firstName: "Late" }), await database.make.youngPerson({ firstName: "Timely" })];
    for (const child of [late, inTime]) {
      await database.make.allocation({ youngPersonId: child.id, iroPersonId: iro.id });
      // Came into care yesterday: the first review is due in 20 working days, four weeks or more away.
      await database.make.carePeriod({ youngPersonId: child.id, startsOn: londonDateAfter(new Date(), -1) });
    }
    await database.make.review({ youngPersonId: late.id, scheduledFor: new Date(Date.now() + 60 * 86_400_000) });
    await database.make.review({ youngPersonId: inTime.id, scheduledFor: new Date(Date.now() + 7 * 86_400_000) });
    const { body } = await api.graphql(CASELOAD, { token: await api.tokenFor("due.planned", "long quiet river") });
    const timeliness = (body.data?.youngPeople as { items: { firstName: string; reviewDue: { timeliness: string } }[] }).items.map(
      ({ firstName, reviewDue }) => [firstName, reviewDue.timeliness],
    );
    expect(timeliness).toEqual([
      ["Late", "PLANNED_LATE"],
      ["Timely", "ON_TIME"],
    ]);
  });

  it("runs the same number of SQL statements for a caseload of 3 as for one of 70", async () => {
    const small = await iroWithCaseload(3);
    const large = await iroWithCaseload(70);

    const { result: smallAnswer, statements: forSmall } = await counted.statementsFor(() => api.graphql(CASELOAD, { token: small }));
    const { result: largeAnswer, statements: forLarge } = await counted.statementsFor(() => api.graphql(CASELOAD, { token: large }));

    expect((smallAnswer.body.data?.youngPeople as { items: unknown[] }).items).toHaveLength(3);
    expect((largeAnswer.body.data?.youngPeople as { items: unknown[] }).items).toHaveLength(20);
    expect(forSmall).toBeGreaterThan(0);
    expect(forLarge).toBe(forSmall);
  });
});

describe("how close a review is to its due day", () => {
  const [today, dueOn] = [calendarDate("2026-04-01"), calendarDate("2026-05-04")];

  it("is late in the planning only when the review planned is on a later day than the due day", () => {
    expect(timelinessOn(today, dueOn, calendarDate("2026-05-05"))).toBe(ReviewTimeliness.PLANNED_LATE);
    expect(timelinessOn(today, dueOn, calendarDate("2026-05-04"))).toBe(ReviewTimeliness.ON_TIME);
    expect(timelinessOn(today, dueOn, null)).toBe(ReviewTimeliness.ON_TIME);
  });

  it("is overdue once the due day has passed, whatever is planned", () => {
    expect(timelinessOn(calendarDate("2026-05-05"), dueOn, calendarDate("2026-06-01"))).toBe(ReviewTimeliness.OVERDUE);
  });
});

describe("planned late, next to bank holidays", () => {
  // Due on Thursday 24 December 2026; Christmas Day and Monday 28 December (Boxing Day's substitute) are bank holidays.
  const dueOn = calendarDate("2026-12-24");
  const today = calendarDate("2026-11-02");

  it("is planned late for a review planned on the bank holiday after the due day, and not for one on the due day", () => {
    expect(timelinessOn(today, dueOn, calendarDate("2026-12-25"))).toBe(ReviewTimeliness.PLANNED_LATE);
    expect(timelinessOn(today, dueOn, calendarDate("2026-12-28"))).toBe(ReviewTimeliness.PLANNED_LATE);
    expect(timelinessOn(today, dueOn, calendarDate("2026-12-24"))).toBe(ReviewTimeliness.ON_TIME);
    expect(timelinessOn(today, dueOn, calendarDate("2026-12-23"))).toBe(ReviewTimeliness.ON_TIME);
  });

  it("is planned late rather than due soon once ten working days are left, counted across the bank holidays", () => {
    // 10 December to 24 December 2026 is ten working days; Christmas does not fall inside them.
    expect(timelinessOn(calendarDate("2026-12-10"), dueOn, null)).toBe(ReviewTimeliness.DUE_SOON);
    expect(timelinessOn(calendarDate("2026-12-09"), dueOn, null)).toBe(ReviewTimeliness.ON_TIME);
    expect(timelinessOn(calendarDate("2026-12-10"), dueOn, calendarDate("2026-12-29"))).toBe(ReviewTimeliness.PLANNED_LATE);
    expect(timelinessOn(calendarDate("2026-12-10"), dueOn, calendarDate("2026-12-24"))).toBe(ReviewTimeliness.DUE_SOON);
  });

  it("ends due soon ten working days on, so a due day across Easter is due soon for longer", () => {
    // From Wednesday 1 April 2026, Good Friday and Easter Monday push the tenth working day to Friday 17 April.
    expect(dueSoonEndsOn(calendarDate("2026-04-01"))).toBe("2026-04-20");
    expect(timelinessOn(calendarDate("2026-04-01"), calendarDate("2026-04-17"), null)).toBe(ReviewTimeliness.DUE_SOON);
    expect(timelinessOn(calendarDate("2026-04-01"), calendarDate("2026-04-20"), null)).toBe(ReviewTimeliness.ON_TIME);
  });
});
