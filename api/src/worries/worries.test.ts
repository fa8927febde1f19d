import { randomUUID } from "node:crypto";
import { Role } from "../kernel/access/role";
import { londonDateAfter } from "../kernel/calendar/london-time";
import { calendarDate } from "../kernel/calendar/calendar-date";
import { addWorkingDays } from "../kernel/calendar/working-days";
import { Relationship } from "../people/relationship";
import { useTestApi } from "../testing/test-api";
import { useTestDatabase } from "../testing/test-database";
import { WorryAlert } from "./worry-alert.entity";

const database = useTestDatabase();
const api = useTestApi(database);
const PASSPHRASE = "seven quiet foxes";

const RAISE = `mutation ($i: RaiseWorryInput!) { raiseWorry(input: $i) { id contactBy toldIroName toldSocialWorkerName acknowledgedAt } }`;
const OPEN = `{ openWorryAlerts(first: 20) { items { id youngPersonName about } } }`;
const ACKNOWLEDGE = `mutation ($id: ID!) { acknowledgeWorry(id: $id) { acknowledgedAt acknowledgedByName } }`;

type Body = { data?: Record<string, unknown> | null; errors?: { extensions?: Record<string, unknown> }[] };
let serial = 0;

/** Sam with an IRO and a social worker, in an authority of their own, and another IRO there. */
async function world() {
  const { make } = database;
  const n = ++serial;
  const { id: localAuthorityId } = await make.localAuthority();
  const { youngPerson, account } = await make.youngPersonWithAccount({ firstName: "Sam", lastName: "Taylor", username: `sam${n}`, passphrase: PASSPHRASE, localAuthorityId });
  const { person: iro, account: iroAccount } = await make.iroWithAccount({ firstName: "Priya", lastName: "Shah", username: `iro${n}`, passphrase: PASSPHRASE, localAuthorityId });
  await make.allocation({ youngPersonId: youngPerson.id, iroPersonId: iro.id });
  const { person: socialWorker } = await make.staffWithAccount(Role.SOCIAL_WORKER, { firstName: "Tom", lastName: "Reid", username: `sw${n}`, passphrase: PASSPHRASE, localAuthorityId });
  await make.link({ youngPersonId: youngPerson.id, personId: socialWorker.id, relationship: Relationship.SOCIAL_WORKER });
  await make.iroWithAccount({ username: `other.iro${n}`, passphrase: PASSPHRASE, localAuthorityId });
  const tokens = {
    youngPerson: await api.tokenFor(`sam${n}`, PASSPHRASE),
    iro: await api.tokenFor(`iro${n}`, PASSPHRASE),
    socialWorker: await api.tokenFor(`sw${n}`, PASSPHRASE),
    otherIro: await api.tokenFor(`other.iro${n}`, PASSPHRASE),
  };
  return { youngPerson, account, iroAccount, tokens };
}
type World = Awaited<ReturnType<typeof world>>;

async function raise(w: World, values: Record<string, unknown> = {}): Promise<Body> {
  const input = { youngPersonId: w.youngPerson.id, wants: "IRO", howSoon: "AS_SOON_AS_POSSIBLE", about: "Home", submissionKey: randomUUID(), ...values };
  return (await api.graphql(RAISE, { token: w.tokens.youngPerson, variables: { i: input } })).body;
}
const openFor = async (token: string) => ((await api.graphql(OPEN, { token })).body.data?.openWorryAlerts as { items: { id: string }[] }).items.map((item) => item.id);

describe("I'm worried", () => {
  it("is stored once for a double click, and tells the young person who was told and when to expect contact", async () => {
    const w = await world();
    const submissionKey = randomUUID();
    // A double click sends the same form twice.
    const [first, again] = await Promise.all([raise(w, { submissionKey, howSoon: "WITHIN_A_FEW_DAYS" }), raise(w, { submissionKey, howSoon: "WITHIN_A_FEW_DAYS" })]);
    const alert = first.data?.raiseWorry as { id: string };
    expect((again.data?.raiseWorry as { id: string }).id).toBe(alert.id);
    expect(first.data?.raiseWorry).toEqual({
      id: alert.id,
      contactBy: addWorkingDays(calendarDate(londonDateAfter(new Date(), 0)), 3),
      toldIroName: "Priya Shah",
      toldSocialWorkerName: "Tom Reid",
      acknowledgedAt: null,
    });
    expect(await database.db.getRepository(WorryAlert).countBy({ youngPersonId: w.youngPerson.id })).toBe(1);
  });

  it("stays at the top of the IRO's and the social worker's pages until one acknowledges it, keeping who and when", async () => {
    const w = await world();
    const { id } = (await raise(w)).data?.raiseWorry as { id: string };
    expect(await openFor(w.tokens.iro)).toEqual([id]);
    expect(await openFor(w.tokens.socialWorker)).toEqual([id]);
    expect(await openFor(w.tokens.otherIro)).toEqual([]);
    expect(await openFor(w.tokens.youngPerson)).toEqual([]);
    const refused = await api.graphql(ACKNOWLEDGE, { token: w.tokens.otherIro, variables: { id } });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(await openFor(w.tokens.iro)).toEqual([id]);

    const before = Date.now();
    const { body } = await api.graphql(ACKNOWLEDGE, { token: w.tokens.iro, variables: { id } });
    expect(body.data?.acknowledgeWorry).toMatchObject({ acknowledgedByName: "Priya Shah" });
    expect(await openFor(w.tokens.iro)).toEqual([]);
    expect(await openFor(w.tokens.socialWorker)).toEqual([]);
    const stored = await database.db.getRepository(WorryAlert).findOneByOrFail({ id });
    expect(stored.acknowledgedByAccountId).toBe(w.iroAccount.id);
    expect(stored.acknowledgedAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);

    // The social worker acknowledging after changes nothing: the first is kept.
    const later = await api.graphql(ACKNOWLEDGE, { token: w.tokens.socialWorker, variables: { id } });
    expect(later.body.data?.acknowledgeWorry).toEqual({ acknowledgedAt: stored.acknowledgedAt!.toISOString(), acknowledgedByName: "Priya Shah" });
  });

  it("may be raised by the young person alone, for themselves", async () => {
    const w = await world();
    const input = { youngPersonId: w.youngPerson.id, wants: "EITHER", howSoon: "AS_SOON_AS_POSSIBLE", submissionKey: randomUUID() };
    const { body } = await api.graphql(RAISE, { token: w.tokens.iro, variables: { i: input } });
    expect(body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(await database.db.getRepository(WorryAlert).countBy({ youngPersonId: w.youngPerson.id })).toBe(0);
  });
});
