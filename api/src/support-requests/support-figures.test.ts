import { Role } from "../kernel/access/role";
import { atLondonTime } from "../kernel/calendar/london-time";
import { useTestApi } from "../testing/test-api";
import { useTestDatabase } from "../testing/test-database";
import { SupportKind } from "./support-request-options";

const database = useTestDatabase();
const api = useTestApi(database);
const PASSPHRASE = "seven quiet foxes";
const FIGURES = `query ($from: String!, $to: String!) { supportFigures(from: $from, to: $to) {
  from to quarters { startsOn endsOn youngPeopleWithAdvocate }
  independentVisitorsMatched independentVisitorsWaiting allocatedInPeriod medianDaysToAdvocate medianDaysToIndependentVisitor } }`;

const at = (date: string | null) => (date ? atLondonTime(date, "09:00") : null);

/** An authority whose requests give known figures for the first half of 2026, and one request in another authority. */
async function authorityWithRequests() {
  const { make } = database;
  const { id: localAuthorityId } = await make.localAuthority();
  const { account } = await make.staffWithAccount(Role.ADVOCACY_COORDINATOR, { username: "coordinator", passphrase: PASSPHRASE, localAuthorityId });
  const people = await Promise.all(Array.from({ length: 9 }, () => make.youngPerson({ localAuthorityId })));
  const request = (index: number, kind: SupportKind, asked: string, allocated: string | null = null, closed: string | null = null) =>
    make.supportRequest({
      youngPersonId: people[index]!.id,
      askedByAccountId: account.id,
      kind,
      askedAt: at(asked)!,
      allocatedAt: at(allocated),
      closedAt: at(closed),
      status: (closed ? "CLOSED" : allocated ? "ALLOCATED" : "ASKED") as never,
    });
  const { ADVOCATE, INDEPENDENT_VISITOR } = SupportKind;
  await request(0, ADVOCATE, "2025-12-01", "2025-12-11"); // both quarters; allocated before the period
  await request(1, ADVOCATE, "2026-02-01", "2026-02-05", "2026-03-15"); // the first quarter only; 4 days
  await request(2, ADVOCATE, "2026-04-01", "2026-04-11"); // the second quarter; 10 days
  await request(3, ADVOCATE, "2026-05-01"); // waiting: no one's advocate yet
  await request(1, ADVOCATE, "2026-04-14", "2026-04-20"); // asked again: the second quarter too; 6 days
  await request(4, INDEPENDENT_VISITOR, "2025-10-01", "2026-01-10"); // matched at the end; 101 days
  await request(5, INDEPENDENT_VISITOR, "2026-03-01"); // waiting
  await request(6, INDEPENDENT_VISITOR, "2026-06-01", "2026-07-05"); // matched only after the period: waiting at its end
  await request(7, INDEPENDENT_VISITOR, "2026-01-05", "2026-02-04", "2026-06-01"); // matched, then ended; 30 days
  await request(8, INDEPENDENT_VISITOR, "2026-07-10"); // asked after the period
  const elsewhere = await make.localAuthority();
  const far = await make.youngPerson({ localAuthorityId: elsewhere.id });
  await make.supportRequest({ youngPersonId: far.id, askedByAccountId: account.id, askedAt: at("2026-01-02")!, allocatedAt: at("2026-01-03"), status: "ALLOCATED" as never });
  return { token: await api.tokenFor("coordinator", PASSPHRASE) };
}

describe("the advocacy and Independent Visitor figures", () => {
  it("count a fixture of known requests in PostgreSQL: advocates per quarter, visitors matched and waiting, median days", async () => {
    const { token } = await authorityWithRequests();
    const { body } = await api.graphql(FIGURES, { token, variables: { from: "2026-01-01", to: "2026-06-30" } });
    expect(body.data?.supportFigures).toEqual({
      from: "2026-01-01",
      to: "2026-06-30",
      quarters: [
        { startsOn: "2026-01-01", endsOn: "2026-03-31", youngPeopleWithAdvocate: 2 },
        { startsOn: "2026-04-01", endsOn: "2026-06-30", youngPeopleWithAdvocate: 3 },
      ],
      independentVisitorsMatched: 1,
      independentVisitorsWaiting: 2,
      allocatedInPeriod: 5,
      medianDaysToAdvocate: 6,
      medianDaysToIndependentVisitor: 65.5,
    });

    // A period that starts and ends inside quarters is cut to its own days.
    const { body: cut } = await api.graphql(FIGURES, { token, variables: { from: "2026-03-20", to: "2026-04-05" } });
    expect(cut.data?.supportFigures).toMatchObject({
      quarters: [
        { startsOn: "2026-03-20", endsOn: "2026-03-31", youngPeopleWithAdvocate: 1 },
        { startsOn: "2026-04-01", endsOn: "2026-04-05", youngPeopleWithAdvocate: 1 },
      ],
      allocatedInPeriod: 0,
      medianDaysToAdvocate: null,
    });
  });

  it("refuses a period that ends before it starts, or is longer than five years", async () => {
    await database.make.staffWithAccount(Role.ADVOCACY_COORDINATOR, { username: "another.coordinator", passphrase: PASSPHRASE });
    const token = await api.tokenFor("another.coordinator", PASSPHRASE);
    const fieldsFor = async (from: string, to: string) => (await api.graphql(FIGURES, { token, variables: { from, to } })).body.errors?.[0]?.extensions?.fields;
    expect(await fieldsFor("2026-06-30", "2026-01-01")).toEqual([{ field: "to", code: "CONFLICTING", message: "The last day must be the same as or after the first day." }]);
    expect(await fieldsFor("2020-01-01", "2025-01-01")).toEqual([{ field: "to", code: "OUT_OF_RANGE", message: "Ask for five years at most." }]);
    expect(await fieldsFor("2026-02-30", "2026-03-01")).toMatchObject([{ field: "from", code: "INVALID_FORMAT" }]);
  });
});
