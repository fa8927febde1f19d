import { Role } from "../kernel/access/role";
import { addCalendarDays, addCalendarMonths, calendarDate, type CalendarDate } from "../kernel/calendar/calendar-date";
import { londonDateAfter } from "../kernel/calendar/london-time";
import { useTestApi } from "../testing/test-api";
import { useTestDatabase } from "../testing/test-database";
import { ReviewStatus } from "../reviews/review-status";

const database = useTestDatabase();
const api = useTestApi(database);

const PASSPHRASE = "slow green harbour";
const today = calendarDate(londonDateAfter(new Date(), 0));
const noonOn = (day: CalendarDate) => new Date(`${day}T12:00:00Z`);

type Row = { firstName: string; currentIro: { id: string } | null; reviewDue: { dueOn: string; timeliness: string } | null };
type Answer = { items: Row[]; nextCursor: string | null; totalCount: number };
const LIST = `query ($first: Int!, $after: String, $orderBy: YoungPeopleOrder, $timeliness: ReviewTimeliness, $iroPersonId: ID) {
  youngPeople(first: $first, after: $after, orderBy: $orderBy, timeliness: $timeliness, iroPersonId: $iroPersonId) {
    items { firstName currentIro { id } reviewDue { dueOn timeliness } }
    nextCursor
    totalCount
  }
}`;

async function signedIn(role: Role, username: string, values: { firstName?: string; lastName?: string; localAuthorityId?: string } = {}) {
  const { person } = await database.make.staffWithAccount(role, { username, passphrase: PASSPHRASE, ...values });
  return { person, token: await api.tokenFor(username, PASSPHRASE) };
}

/**
 * A young person allocated to the IRO whose next review is due around `dueAbout` (a second review, three months after
 * the first was held), with a review planned on `plannedOn` if given; with neither, no open period of care.
 */
async function youngPerson(firstName: string, iroPersonId: string, dueAbout: CalendarDate | null, plannedOn?: CalendarDate, localAuthorityId?: string) {
  const child = await database.make.youngPerson({ firstName, localAuthorityId });
  await database.make.allocation({ youngPersonId: child.id, iroPersonId });
  if (dueAbout) {
    const heldOn = addCalendarMonths(dueAbout, -3);
    await database.make.carePeriod({ youngPersonId: child.id, startsOn: addCalendarDays(heldOn, -30) });
    await database.make.review({ youngPersonId: child.id, scheduledFor: noonOn(heldOn), status: ReviewStatus.HELD });
  }
  if (plannedOn) await database.make.review({ youngPersonId: child.id, scheduledFor: noonOn(plannedOn) });
  return child;
}

/** Every page, `first` at a time, following the cursors; each page counts them all. */
async function everyPage(token: string, variables: Record<string, unknown>, first = 2): Promise<Row[]> {
  const rows: Row[] = [];
  const counts = new Set<number>();
  let after: string | null = null;
  do {
    const { body } = await api.graphql(LIST, { token, variables: { ...variables, first, after } });
    expect(body.errors).toBeUndefined();
    const page = body.data?.youngPeople as Answer;
    expect(page.items.length).toBeLessThanOrEqual(first);
    rows.push(...page.items);
    counts.add(page.totalCount);
    after = page.nextCursor;
  } while (after);
  expect([...counts]).toEqual([rows.length]);
  return rows;
}

const names = (rows: Row[]) => rows.map((row) => row.firstName);

let ana: Awaited<ReturnType<typeof signedIn>>;
let ben: Awaited<ReturnType<typeof signedIn>>;
let manager: Awaited<ReturnType<typeof signedIn>>;
let elsewhere: { manager: Awaited<ReturnType<typeof signedIn>>; iro: Awaited<ReturnType<typeof signedIn>> };

beforeAll(async () => {
  ana = await signedIn(Role.IRO, "caseload.ana", { firstName: "Ana", lastName: "Okafor" });
  ben = await signedIn(Role.IRO, "caseload.ben", { firstName: "Ben", lastName: "Hughes" });
  manager = await signedIn(Role.IRO_MANAGER, "caseload.manager");
  // Ana's caseload, named so that alphabetical order is not the order of due dates.
  await youngPerson("Amir", ana.person.id, addCalendarDays(today, 40), addCalendarDays(today, 20)); // on time
  await youngPerson("Bea", ana.person.id, addCalendarDays(today, -30)); // overdue
  await youngPerson("Cal", ana.person.id, addCalendarDays(today, 5)); // due soon
  await youngPerson("Dee", ana.person.id, addCalendarDays(today, 40), addCalendarDays(today, 60)); // planned late
  await youngPerson("Eli", ana.person.id, addCalendarDays(today, -60), addCalendarDays(today, 10)); // overdue, though planned
  await youngPerson("Fay", ana.person.id, addCalendarDays(today, 5), addCalendarDays(today, 30)); // due soon, but planned late
  await youngPerson("Gus", ana.person.id, null); // nothing due
  // Ben's.
  await youngPerson("Hana", ben.person.id, addCalendarDays(today, -10)); // overdue
  await youngPerson("Ivo", ben.person.id, addCalendarDays(today, 50)); // on time
  // Another authority's, with an overdue review.
  const authority = await database.make.localAuthority();
  elsewhere = {
    manager: await signedIn(Role.IRO_MANAGER, "caseload.elsewhere.manager", { localAuthorityId: authority.id }),
    iro: await signedIn(Role.IRO, "caseload.elsewhere.iro", { firstName: "Cara", lastName: "Lin", localAuthorityId: authority.id }),
  };
  await youngPerson("Jo", elsewhere.iro.person.id, addCalendarDays(today, -20), undefined, authority.id);
});

describe("the caseload, sorted and filtered", () => {
  it("keeps first-name order by default", async () => {
    expect(names(await everyPage(ana.token, {}))).toEqual(["Amir", "Bea", "Cal", "Dee", "Eli", "Fay", "Gus"]);
  });

  it("sorts by due date, soonest first and nothing due last, across pages", async () => {
    const rows = await everyPage(ana.token, { orderBy: "REVIEW_DUE" });
    expect(names(rows.slice(0, 2))).toEqual(["Eli", "Bea"]);
    expect(names(rows.slice(2, 4)).sort()).toEqual(["Cal", "Fay"]);
    expect(names(rows.slice(4, 6)).sort()).toEqual(["Amir", "Dee"]);
    expect(names(rows.slice(6))).toEqual(["Gus"]);
    const dueDays = rows.flatMap((row) => (row.reviewDue ? [row.reviewDue.dueOn] : []));
    expect(dueDays).toEqual([...dueDays].sort());
  });

  it.each([
    ["OVERDUE", ["Bea", "Eli"]],
    ["DUE_SOON", ["Cal"]],
    ["PLANNED_LATE", ["Dee", "Fay"]],
    ["ON_TIME", ["Amir"]],
  ])("filters to %s, one at a time across pages, agreeing with what each row says", async (timeliness, expected) => {
    const rows = await everyPage(ana.token, { timeliness }, 1);
    expect(names(rows)).toEqual(expected);
    expect(rows.every((row) => row.reviewDue?.timeliness === timeliness)).toBe(true);
  });

  it("filters and sorts at once", async () => {
    expect(names(await everyPage(ana.token, { timeliness: "OVERDUE", orderBy: "REVIEW_DUE" }, 1))).toEqual(["Eli", "Bea"]);
  });

  it("gives a manager their whole authority's overdue reviews, and can narrow them to one IRO", async () => {
    expect(names(await everyPage(manager.token, { timeliness: "OVERDUE" }))).toEqual(["Bea", "Eli", "Hana"]);
    const bens = await everyPage(manager.token, { iroPersonId: ben.person.id });
    expect(names(bens)).toEqual(["Hana", "Ivo"]);
    expect(bens.every((row) => row.currentIro?.id === ben.person.id)).toBe(true);
    expect(names(await everyPage(manager.token, { iroPersonId: ben.person.id, timeliness: "OVERDUE" }))).toEqual(["Hana"]);
  });

  it("gives a manager their whole authority by due date, page after page", async () => {
    const rows = await everyPage(manager.token, { orderBy: "REVIEW_DUE" }, 3);
    expect(names(rows).sort()).toEqual(["Amir", "Bea", "Cal", "Dee", "Eli", "Fay", "Gus", "Hana", "Ivo"]);
    const dueDays = rows.flatMap((row) => (row.reviewDue ? [row.reviewDue.dueOn] : []));
    expect(dueDays).toEqual([...dueDays].sort());
  });

  it("never shows an IRO another IRO's young people, whatever they filter by", async () => {
    expect(names(await everyPage(ana.token, { iroPersonId: ben.person.id }))).toEqual([]);
    expect(names(await everyPage(ana.token, { timeliness: "OVERDUE", orderBy: "REVIEW_DUE" }))).not.toContain("Hana");
    expect(names(await everyPage(ben.token, { orderBy: "REVIEW_DUE" }))).toEqual(["Hana", "Ivo"]);
  });

  it("finds nothing when a manager filters by another authority's IRO, and never another authority's young people", async () => {
    expect(names(await everyPage(manager.token, { iroPersonId: elsewhere.iro.person.id }))).toEqual([]);
    expect(names(await everyPage(elsewhere.manager.token, { iroPersonId: ana.person.id }))).toEqual([]);
    expect(names(await everyPage(elsewhere.manager.token, { timeliness: "OVERDUE" }))).toEqual(["Jo"]);
  });

  it("refuses an administrator, who reads no reviews, an order or a filter by them", async () => {
    const admin = await signedIn(Role.ADMINISTRATOR, "caseload.admin");
    for (const variables of [{ orderBy: "REVIEW_DUE" }, { timeliness: "OVERDUE" }]) {
      const { body } = await api.graphql(LIST, { token: admin.token, variables: { first: 5, ...variables } });
      expect(body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    const { body } = await api.graphql(`{ youngPeople(first: 5) { items { firstName } } }`, { token: admin.token });
    expect((body.data?.youngPeople as Answer).items).toHaveLength(5);
  });

  it("refuses an IRO id that cannot be one, and a cursor from the other order", async () => {
    const bad = await api.graphql(LIST, { token: manager.token, variables: { first: 5, iroPersonId: "not-an-id" } });
    expect(bad.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const byName = await api.graphql(LIST, { token: ana.token, variables: { first: 1 } });
    const cursor = (byName.body.data?.youngPeople as Answer).nextCursor;
    const mixed = await api.graphql(LIST, { token: ana.token, variables: { first: 1, after: cursor, orderBy: "REVIEW_DUE" } });
    expect(mixed.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("the IROs a manager chooses among", () => {
  it("are their own authority's IROs, named in full, by name", async () => {
    const { body } = await api.graphql(`{ iros { personId name } }`, { token: manager.token });
    expect(body.data?.iros).toEqual([
      { personId: ana.person.id, name: "Ana Okafor" },
      { personId: ben.person.id, name: "Ben Hughes" },
    ]);
  });
});
