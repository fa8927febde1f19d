import { BANK_HOLIDAY_DATA_RANGE } from "../kernel/calendar/bank-holidays";
import { addCalendarDays, addCalendarMonths, calendarDate, type CalendarDate } from "../kernel/calendar/calendar-date";
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from "../kernel/calendar/england-and-wales-bank-holidays";
import { londonDateAfter } from "../kernel/calendar/london-time";
import { addWorkingDays } from "../kernel/calendar/working-days";
import { Role } from "../kernel/access/role";
import { useTestApi } from "../testing/test-api";
import { useTestDatabase } from "../testing/test-database";
import { ReviewStatus } from "./review-status";
import { dueDateFor } from "./statutory-due-dates";

const database = useTestDatabase();
const api = useTestApi(database);

/** The due date the database keeps for a young person (ADR 013). */
async function storedDueOn(youngPersonId: string): Promise<string | null> {
  const [row] = await database.db.query(`SELECT review_due_on::text AS due FROM young_person WHERE id = $1`, [youngPersonId]);
  return row.due;
}

/** A young person in care from `startsOn` with reviews held at these instants, and what TypeScript says is due. */
async function inCare(startsOn: string, held: Date[] = []) {
  const youngPerson = await database.make.youngPerson();
  await database.make.carePeriod({ youngPersonId: youngPerson.id, startsOn });
  for (const scheduledFor of held) await database.make.review({ youngPersonId: youngPerson.id, scheduledFor, status: ReviewStatus.HELD });
  const expected = dueDateFor({ periodStart: calendarDate(startsOn), previousReviews: held.map((at) => calendarDate(londonDateAfter(at, 0))) }).dueOn;
  return { youngPerson, expected };
}

describe("the due date kept in the database", () => {
  it("knows the same bank holidays as the calendar", async () => {
    const rows: { day: string }[] = await database.db.query(`SELECT day::text AS day FROM bank_holiday ORDER BY day`);
    expect(rows.map(({ day }) => day)).toEqual([...ENGLAND_AND_WALES_BANK_HOLIDAYS]);
  });

  it("counts 20 working days from every day of the bank holiday data as the calendar does", async () => {
    // The last start whose 20th working day still lies inside the data.
    const last = addCalendarDays(BANK_HOLIDAY_DATA_RANGE.last, -40);
    const rows: { start: CalendarDate; due: string }[] = await database.db.query(
      `SELECT day::date::text AS start, app_add_working_days(day::date, 20)::text AS due FROM generate_series($1::date, $2::date, interval '1 day') AS day`,
      [BANK_HOLIDAY_DATA_RANGE.first, last],
    );
    const disagreements = rows.filter(({ start, due }) => addWorkingDays(start, 20) !== due);
    expect(rows.length).toBeGreaterThan(7000);
    expect(disagreements).toEqual([]);
  });

  it("adds 3 and 6 months to every day of 2024 to 2028 as the calendar does, to the last day of a shorter month", async () => {
    const rows: { day: CalendarDate; three: string; six: string }[] = await database.db.query(
      `SELECT day::date::text AS day, (day + interval '3 months')::date::text AS three, (day + interval '6 months')::date::text AS six
         FROM generate_series('2024-01-01'::date, '2028-12-31'::date, interval '1 day') AS day`,
    );
    const disagreements = rows.filter(({ day, three, six }) => addCalendarMonths(day, 3) !== three || addCalendarMonths(day, 6) !== six);
    expect(rows).toHaveLength(1827);
    expect(disagreements).toEqual([]);
  });

  it.each([
    ["a first review, counted past Easter and the early May bank holiday", "2026-04-02", []],
    ["a first review, counted past Christmas and New Year", "2025-12-19", []],
    ["a first review, for care that starts on a bank holiday", "2026-05-25", []],
    ["a second review, three months after the first, to the last day of a shorter month", "2025-10-01", [new Date("2025-11-30T11:00:00Z")]],
    ["a second review, from the London day of a review held just before midnight in summer", "2026-03-02", [new Date("2026-03-31T23:30:00Z")]],
    ["a later review, six months after the latest held", "2025-01-06", [new Date("2025-01-20T16:00:00Z"), new Date("2025-08-31T10:00:00Z")]],
  ])("agrees with the rule for %s", async (_case, startsOn, held) => {
    const { youngPerson, expected } = await inCare(startsOn, held);
    expect(await storedDueOn(youngPerson.id)).toBe(expected);
  });

  it("counts only the open period of care and the reviews held in it", async () => {
    const youngPerson = await database.make.youngPerson();
    await database.make.carePeriod({ youngPersonId: youngPerson.id, startsOn: "2024-02-01", endsOn: "2025-06-30" });
    await database.make.review({ youngPersonId: youngPerson.id, scheduledFor: new Date("2024-02-20T10:00:00Z"), status: ReviewStatus.HELD });
    await database.make.review({ youngPersonId: youngPerson.id, scheduledFor: new Date("2025-12-01T10:00:00Z"), status: ReviewStatus.CANCELLED });
    await database.make.review({ youngPersonId: youngPerson.id, scheduledFor: new Date("2026-01-20T10:00:00Z") });
    await database.make.carePeriod({ youngPersonId: youngPerson.id, startsOn: "2025-11-03" });
    expect(await storedDueOn(youngPerson.id)).toBe(addWorkingDays(calendarDate("2025-11-03"), 20));
  });

  it("is null without an open period of care, and follows the period when it changes", async () => {
    const youngPerson = await database.make.youngPerson();
    expect(await storedDueOn(youngPerson.id)).toBeNull();
    const period = await database.make.carePeriod({ youngPersonId: youngPerson.id, startsOn: "2026-04-02" });
    expect(await storedDueOn(youngPerson.id)).toBe("2026-05-05");
    await database.db.query(`UPDATE care_period SET ends_on = '2026-04-30' WHERE id = $1`, [period.id]);
    expect(await storedDueOn(youngPerson.id)).toBeNull();
  });

  it("moves on when an IRO records a review as held, though the IRO may not change the young person's record", async () => {
    const { person: iro } = await database.make.staffWithAccount(Role.IRO, { username: "due.keeper", passphrase: "long quiet river" });
    const youngPerson = await database.make.youngPerson();
    await database.make.allocation({ youngPersonId: youngPerson.id, iroPersonId: iro.id });
    await database.make.carePeriod({ youngPersonId: youngPerson.id, startsOn: londonDateAfter(new Date(), -10) });
    const started = new Date(Date.now() - 3_600_000);
    const review = await database.make.review({ youngPersonId: youngPerson.id, scheduledFor: started });

    const { body } = await api.graphql(`mutation ($input: RecordReviewHeldInput!) { recordReviewHeld(input: $input) { status } }`, {
      token: await api.tokenFor("due.keeper", "long quiet river"),
      variables: { input: { reviewId: review.id } },
    });

    expect(body.errors).toBeUndefined();
    const heldOn = calendarDate(londonDateAfter(started, 0));
    expect(await storedDueOn(youngPerson.id)).toBe(dueDateFor({ periodStart: calendarDate(londonDateAfter(new Date(), -10)), previousReviews: [heldOn] }).dueOn);
  });
});
