import { randomUUID } from "node:crypto";
import { Role } from "../kernel/access/role";
import { atLondonTime, londonDateAfter } from "../kernel/calendar/london-time";
import { claimsOf, RequestTransaction, type Claims } from "../kernel/request-transaction";
import { Relationship } from "../people/relationship";
import { useTestApi } from "../testing/test-api";
import { useTestDatabase } from "../testing/test-database";
import { SupportRequestMove } from "./support-request-move.entity";
import { SupportRequest } from "./support-request.entity";

const database = useTestDatabase();
const api = useTestApi(database);
const PASSPHRASE = "seven quiet foxes";

const ASK = `mutation ($i: RequestSupportInput!) { requestSupport(input: $i) { id kind status why askedOnBehalf } }`;
const MOVE = `mutation ($i: MoveSupportRequestInput!) { moveSupportRequest(input: $i) { status allocatedAt closedAt closedReason allowedMoves } }`;
const WITHDRAW = `mutation ($id: ID!) { withdrawSupportRequest(requestId: $id) { status closedReason } }`;
const QUEUE = `query ($kind: SupportKind, $status: SupportStatus) {
  supportRequests(first: 20, kind: $kind, status: $status) { totalCount items { id kind status ageInDays youngPersonName } } }`;
const MINE = `{ me { youngPerson { supportRequests { id kind status closedReason allocatedAt closedAt } } } }`;

type Body = { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };

let serial = 0;

/** Sam with an IRO, Sam's coordinator, another young person, and a coordinator in another authority. */
async function world() {
  const { make } = database;
  const n = ++serial;
  // An authority of its own, so that the coordinator's queue holds this world's requests alone.
  const { id: localAuthorityId } = await make.localAuthority();
  const { youngPerson, account } = await make.youngPersonWithAccount({ firstName: "Sam", lastName: "Taylor", username: `sam${n}`, passphrase: PASSPHRASE, localAuthorityId });
  const { person: iro } = await make.iroWithAccount({ username: `iro${n}`, passphrase: PASSPHRASE, localAuthorityId });
  await make.allocation({ youngPersonId: youngPerson.id, iroPersonId: iro.id });
  const { account: coordinatorAccount } = await make.staffWithAccount(Role.ADVOCACY_COORDINATOR, { username: `coordinator${n}`, passphrase: PASSPHRASE, localAuthorityId });
  const { youngPerson: other } = await make.youngPersonWithAccount({ username: `other${n}`, passphrase: PASSPHRASE, localAuthorityId });
  const elsewhere = await make.localAuthority();
  await make.staffWithAccount(Role.ADVOCACY_COORDINATOR, { username: `far.coordinator${n}`, passphrase: PASSPHRASE, localAuthorityId: elsewhere.id });
  const tokens = {
    youngPerson: await api.tokenFor(`sam${n}`, PASSPHRASE),
    iro: await api.tokenFor(`iro${n}`, PASSPHRASE),
    coordinator: await api.tokenFor(`coordinator${n}`, PASSPHRASE),
    other: await api.tokenFor(`other${n}`, PASSPHRASE),
    farCoordinator: await api.tokenFor(`far.coordinator${n}`, PASSPHRASE),
  };
  return { localAuthorityId, youngPerson, account, coordinatorAccount, other, tokens };
}
type World = Awaited<ReturnType<typeof world>>;

const codeOf = (body: Body) => body.errors?.[0]?.extensions?.code;

async function ask(w: World, values: Record<string, unknown> = {}, token = w.tokens.youngPerson): Promise<Body> {
  const input = { youngPersonId: w.youngPerson.id, kind: "ADVOCATE", howSoon: "SOON", contactPreference: "TEXT_MESSAGE", submissionKey: randomUUID(), ...values };
  return (await api.graphql(ASK, { token, variables: { i: input } })).body;
}

const requestOf = (body: Body) => body.data?.requestSupport as { id: string; status: string; askedOnBehalf: boolean };

async function move(w: World, requestId: string, to: string, extra: Record<string, unknown> = {}, token = w.tokens.coordinator): Promise<Body> {
  return (await api.graphql(MOVE, { token, variables: { i: { requestId, to, ...extra } } })).body;
}

/** Runs SQL as the API's database role with these claims, as a request would, and rolls it back. */
async function asCaller<T>(claims: Claims, sql: string, parameters: unknown[] = []): Promise<T> {
  const transaction = await RequestTransaction.open(database.apiDb, claims);
  try {
    return await transaction.manager.query(sql, parameters);
  } finally {
    await transaction.finish("rollback");
  }
}

describe("asking for an advocate or an Independent Visitor", () => {
  it("stores a request once for a double click, and answers a second request of the same kind with the open one", async () => {
    const w = await world();
    const submissionKey = randomUUID();
    // A double click sends the same form twice, at once.
    const sent = { submissionKey, why: "  I want help saying no to moving  " };
    const [first, again] = await Promise.all([ask(w, sent), ask(w, sent)]);
    expect(requestOf(first)).toMatchObject({ kind: "ADVOCATE", status: "ASKED", why: "  I want help saying no to moving  ", askedOnBehalf: false });
    expect(requestOf(again).id).toBe(requestOf(first).id);
    expect(requestOf(await ask(w)).id).toBe(requestOf(first).id);
    const visitor = requestOf(await ask(w, { kind: "INDEPENDENT_VISITOR", why: "   " }));
    expect(visitor.id).not.toBe(requestOf(first).id);
    expect(await database.db.getRepository(SupportRequest).findBy({ youngPersonId: w.youngPerson.id })).toHaveLength(2);
    expect(await database.db.getRepository(SupportRequest).findOneByOrFail({ id: visitor.id })).toMatchObject({ why: null });
  });

  it("lets the young person's IRO ask on their behalf, recorded as such, but not another young person", async () => {
    const w = await world();
    const onBehalf = requestOf(await ask(w, { kind: "INDEPENDENT_VISITOR" }, w.tokens.iro));
    expect(onBehalf).toMatchObject({ status: "ASKED", askedOnBehalf: true });
    expect(codeOf(await ask(w, {}, w.tokens.other))).toBe("NOT_FOUND");
    expect(codeOf(await ask(w, {}, w.tokens.coordinator))).toBe("NOT_FOUND");
  });

  it("lets the young person withdraw their request, and nobody else", async () => {
    const w = await world();
    const { id } = requestOf(await ask(w));
    expect(codeOf((await api.graphql(WITHDRAW, { token: w.tokens.other, variables: { id } })).body)).toBe("NOT_FOUND");
    expect(codeOf((await api.graphql(WITHDRAW, { token: w.tokens.coordinator, variables: { id } })).body)).toBe("NOT_FOUND");
    const { body } = await api.graphql(WITHDRAW, { token: w.tokens.youngPerson, variables: { id } });
    expect(body.data?.withdrawSupportRequest).toEqual({ status: "CLOSED", closedReason: "WITHDRAWN" });
    const { body: twice } = await api.graphql(WITHDRAW, { token: w.tokens.youngPerson, variables: { id } });
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [{ field: "to", code: "NOT_AN_ALLOWED_MOVE" }] });
  });
});

describe("the coordinator's queue", () => {
  it("moves a request on with notes, from asked to allocated and closed, and the young person sees each status without the notes", async () => {
    const w = await world();
    const { id } = requestOf(await ask(w));
    expect((await move(w, id, "WITH_COORDINATOR", { note: "Called Sam" })).data?.moveSupportRequest).toMatchObject({
      status: "WITH_COORDINATOR",
      allowedMoves: ["REFERRED", "CLOSED"],
    });
    await move(w, id, "REFERRED", { note: "Sent to Speak Up" });
    const allocated = (await move(w, id, "ALLOCATED")).data?.moveSupportRequest as { allocatedAt: string | null; closedAt: string | null };
    expect(allocated.allocatedAt).not.toBeNull();
    expect(allocated.closedAt).toBeNull();
    expect((await move(w, id, "CLOSED", { closedReason: "SUPPORT_ENDED" })).data?.moveSupportRequest).toMatchObject({ status: "CLOSED", closedReason: "SUPPORT_ENDED" });

    const moves = await database.db.getRepository(SupportRequestMove).find({ where: { requestId: id }, order: { movedAt: "ASC" } });
    expect(moves.map((one) => [one.from, one.to, one.note, one.movedByAccountId])).toEqual([
      ["ASKED", "WITH_COORDINATOR", "Called Sam", w.coordinatorAccount.id],
      ["WITH_COORDINATOR", "REFERRED", "Sent to Speak Up", w.coordinatorAccount.id],
      ["REFERRED", "ALLOCATED", null, w.coordinatorAccount.id],
      ["ALLOCATED", "CLOSED", null, w.coordinatorAccount.id],
    ]);
    const { body } = await api.graphql(MINE, { token: w.tokens.youngPerson });
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({
      me: {
        youngPerson: {
          supportRequests: [{ id, kind: "ADVOCATE", status: "CLOSED", closedReason: "SUPPORT_ENDED", allocatedAt: allocated.allocatedAt, closedAt: expect.any(String) }],
        },
      },
    });
    const history = `query ($id: ID!) { supportRequest(id: $id) { moves { to note } } }`;
    const seenBy = async (token: string) => (await api.graphql(history, { token, variables: { id } })).body.data?.supportRequest;
    expect(await seenBy(w.tokens.youngPerson)).toEqual({ moves: ["WITH_COORDINATOR", "REFERRED", "ALLOCATED", "CLOSED"].map((to) => ({ to, note: null })) });
    expect(await seenBy(w.tokens.iro)).toMatchObject({ moves: [{ to: "WITH_COORDINATOR", note: "Called Sam" }, { note: "Sent to Speak Up" }, {}, {}] });
  });

  it("refuses a move the status does not allow, saying which are, and changes nothing", async () => {
    const w = await world();
    const { id } = requestOf(await ask(w));
    const refused = await move(w, id, "ALLOCATED");
    expect(refused.errors?.[0]?.extensions).toEqual({
      code: "BAD_USER_INPUT",
      fields: [{ field: "to", code: "NOT_AN_ALLOWED_MOVE", message: "A request asked for can be moved to with the coordinator or closed, not to allocated or matched." }],
    });
    expect(codeOf(await move(w, id, "CLOSED"))).toBe("BAD_USER_INPUT");
    expect(codeOf(await move(w, id, "CLOSED", { closedReason: "WITHDRAWN" }))).toBe("BAD_USER_INPUT");
    expect(await database.db.getRepository(SupportRequest).findOneByOrFail({ id })).toMatchObject({ status: "ASKED", allocatedAt: null });
    expect(await database.db.getRepository(SupportRequestMove).countBy({ requestId: id })).toBe(0);
  });

  it("lists the authority's open requests oldest first, with their age in days, filtered by kind and status", async () => {
    const w = await world();
    const { make } = database;
    // Noon in London twelve days ago: twelve whole days by London's calendar, whatever the clocks did since.
    const longAgo = atLondonTime(londonDateAfter(new Date(), -12), "12:00");
    await make.supportRequest({ youngPersonId: w.other.id, askedByAccountId: w.account.id, kind: "INDEPENDENT_VISITOR" as never, askedAt: longAgo });
    const { id } = requestOf(await ask(w));
    await make.supportRequest({ youngPersonId: w.youngPerson.id, askedByAccountId: w.account.id, kind: "INDEPENDENT_VISITOR" as never, status: "CLOSED" as never });
    const queue = async (variables: Record<string, unknown> = {}, token = w.tokens.coordinator) =>
      (await api.graphql(QUEUE, { token, variables })).body.data?.supportRequests as { totalCount: number; items: { id: string; kind: string; ageInDays: number; youngPersonName: string }[] } | undefined;

    const open = await queue();
    expect(open?.totalCount).toBe(2);
    expect(open?.items.map((item) => [item.kind, item.ageInDays])).toEqual([
      ["INDEPENDENT_VISITOR", 12],
      ["ADVOCATE", 0],
    ]);
    expect(open?.items[1]).toMatchObject({ id, youngPersonName: "Sam Taylor" });
    expect((await queue({ kind: "ADVOCATE" }))?.items.map((item) => item.id)).toEqual([id]);
    expect((await queue({ status: "CLOSED" }))?.totalCount).toBe(1);
    expect((await queue({}, w.tokens.farCoordinator))?.totalCount).toBe(0);
    const { body } = await api.graphql(QUEUE, { token: w.tokens.iro });
    expect(codeOf(body)).toBe("FORBIDDEN");
  });
});

describe("what the coordinator and young people may see", () => {
  it("shows the coordinator the requests and nothing else of a child's record, through the API", async () => {
    const w = await world();
    const { id } = requestOf(await ask(w));
    const asCoordinator = (query: string, variables?: Record<string, unknown>) => api.graphql(query, { token: w.tokens.coordinator, variables });
    expect((await asCoordinator(`query ($id: ID!) { supportRequest(id: $id) { youngPersonName status } }`, { id })).body.data).toEqual({
      supportRequest: { youngPersonName: "Sam Taylor", status: "ASKED" },
    });
    expect(codeOf((await asCoordinator(`query ($id: ID!) { youngPerson(id: $id) { firstName } }`, { id: w.youngPerson.id })).body)).toBe("NOT_FOUND");
    expect((await asCoordinator(`{ youngPeople(first: 20) { totalCount } }`)).body.data).toEqual({ youngPeople: { totalCount: 0 } });
    expect(codeOf((await api.graphql(`query ($id: ID!) { supportRequest(id: $id) { status } }`, { token: w.tokens.farCoordinator, variables: { id } })).body)).toBe("NOT_FOUND");
  });

  it("shows the coordinator the requests and nothing else of a child's record, in the database", async () => {
    const w = await world();
    const { make } = database;
    await ask(w);
    await make.review({ youngPersonId: w.youngPerson.id, scheduledFor: new Date(Date.now() + 86_400_000) });
    const carer = await make.person({ firstName: "Helen", localAuthorityId: w.localAuthorityId });
    await make.link({ youngPersonId: w.youngPerson.id, personId: carer.id, relationship: Relationship.FOSTER_CARER });
    await make.supportRequest({ youngPersonId: w.other.id, askedByAccountId: w.account.id });
    const coordinator = claimsOf(w.coordinatorAccount);
    const count = async (table: string) => (await asCaller<{ n: number }[]>(coordinator, `SELECT count(*)::int AS n FROM ${table}`))[0]?.n;
    for (const table of ["young_person", "review", "network_link", "iro_allocation", "care_period", "communication_needs", "views_version", "review_choice_set", "worry_alert"]) {
      expect([table, await count(table)]).toEqual([table, 0]);
    }
    expect(await count("support_request")).toBe(2);
    // Of people, only the names of young people who asked (and staff, as everyone sees them).
    const seen = await asCaller<{ id: string }[]>(coordinator, `SELECT id FROM person WHERE id = ANY($1)`, [[w.youngPerson.id, w.other.id, carer.id]]);
    expect(seen.map((row) => row.id).sort()).toEqual([w.youngPerson.id, w.other.id].sort());
  });

  it("shows a young person only their own requests", async () => {
    const w = await world();
    const { id } = requestOf(await ask(w));
    const otherRequest = await database.make.supportRequest({ youngPersonId: w.other.id, askedByAccountId: w.account.id });
    const read = (requestId: string, token: string) => api.graphql(`query ($id: ID!) { supportRequest(id: $id) { status } }`, { token, variables: { id: requestId } });
    expect(codeOf((await read(id, w.tokens.other)).body)).toBe("NOT_FOUND");
    expect(codeOf((await read(otherRequest.id, w.tokens.youngPerson)).body)).toBe("NOT_FOUND");
    expect((await read(id, w.tokens.youngPerson)).body.data).toEqual({ supportRequest: { status: "ASKED" } });
    const rows = await asCaller<{ young_person_id: string }[]>(claimsOf(w.account), `SELECT young_person_id FROM support_request`);
    expect(rows).toEqual([{ young_person_id: w.youngPerson.id }]);
    // The database refuses a young person's change of their request other than withdrawing it.
    await expect(asCaller(claimsOf(w.account), `UPDATE support_request SET status = 'ALLOCATED' WHERE id = $1`, [id])).rejects.toThrow(/row-level security/);
  });
});

describe("the young person's requests in the pre-review pack", () => {
  it("are there for their IRO, saying which the IRO asked for on their behalf", async () => {
    const w = await world();
    const review = await database.make.review({ youngPersonId: w.youngPerson.id, scheduledFor: new Date(Date.now() + 7 * 86_400_000) });
    await ask(w);
    await ask(w, { kind: "INDEPENDENT_VISITOR" }, w.tokens.iro);
    const PACK = `query ($id: ID!) { preReviewPack(reviewId: $id) { youngPerson { supportRequests { kind status askedOnBehalf } } } }`;
    const { body } = await api.graphql(PACK, { token: w.tokens.iro, variables: { id: review.id } });
    expect(body.data?.preReviewPack).toEqual({
      youngPerson: {
        supportRequests: [
          { kind: "INDEPENDENT_VISITOR", status: "ASKED", askedOnBehalf: true },
          { kind: "ADVOCATE", status: "ASKED", askedOnBehalf: false },
        ],
      },
    });
  });
});
