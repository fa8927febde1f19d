import { Account } from "../accounts/account.entity";
import { Role } from "../kernel/access/role";
import { AuditEvent } from "../audit/audit-event.entity";
import { Invitation } from "./invitation.entity";
import { useTestApi } from "../testing/test-api";
import { useTestDatabase } from "../testing/test-database";

const database = useTestDatabase();
const api = useTestApi(database);

const CREATE = `mutation ($id: ID!) { createInvitation(youngPersonId: $id) { code expiresAt } }`;
const CHECK = `query ($code: String!) { invitation(code: $code) { __typename ... on InvitationValid { firstName } ... on InvitationRefused { reason message } } }`;
const ACTIVATE = `mutation ($input: ActivateInvitationInput!) {
  activateInvitation(input: $input) { __typename ... on SignedIn { token accountId } ... on InvitationRefused { reason message } }
}`;

let addressCounter = 0;
/** Each test comes from its own address, so the throttle on codes from one address does not join them up. */
const freshAddress = () => `10.0.0.${++addressCounter}`;

/** A young person allocated to an IRO, with the IRO signed in. */
async function iroWithYoungPerson(firstName: string) {
  const iroName = `iro.${firstName.toLowerCase()}`;
  const { person: iro } = await database.make.iroWithAccount({ username: iroName, passphrase: "harbour light seven" });
  const youngPerson = await database.make.youngPerson({ firstName });
  await database.make.allocation({ youngPersonId: youngPerson.id, iroPersonId: iro.id });
  return { youngPerson, iroToken: await api.tokenFor(iroName, "harbour light seven") };
}

async function issueCode(youngPersonId: string, token: string): Promise<string> {
  const { body } = await api.graphql(CREATE, { token, variables: { id: youngPersonId } });
  return (body.data?.createInvitation as { code: string }).code;
}

describe("invitations for young people", () => {
  it("let a young person make their account with a code, then sign in with it", async () => {
    const { youngPerson, iroToken } = await iroWithYoungPerson("Rowan");
    const code = await issueCode(youngPerson.id, iroToken);
    expect(code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    const clientAddress = freshAddress();

    const check = await api.graphql(CHECK, { variables: { code: code.toLowerCase().replace("-", " ") }, clientAddress });
    expect(check.body.data?.invitation).toEqual({ __typename: "InvitationValid", firstName: "Rowan" });

    const activate = await api.graphql(ACTIVATE, { clientAddress, variables: { input: { code, username: "Rowan.W", passphrase: "green frog pond" } } });
    const { token, accountId } = activate.body.data?.activateInvitation as { token: string; accountId: string };
    const me = await api.graphql("{ me { id username role youngPerson { firstName } } }", { token });
    expect(me.body.data?.me).toEqual({ id: accountId, username: "rowan.w", role: "YOUNG_PERSON", youngPerson: { firstName: "Rowan" } });
    expect(await api.tokenFor("rowan.w", "green frog pond")).toEqual(expect.any(String));
  });

  it("refuse a code used before, a code replaced by a newer one, and an expired code, each saying what to do", async () => {
    const { youngPerson, iroToken } = await iroWithYoungPerson("Kit");
    const first = await issueCode(youngPerson.id, iroToken);
    const second = await issueCode(youngPerson.id, iroToken);
    const clientAddress = freshAddress();
    const reasonFor = async (code: string) =>
      ((await api.graphql(CHECK, { variables: { code }, clientAddress })).body.data?.invitation as { reason?: string }).reason;

    expect(await reasonFor(first)).toBe("REPLACED");
    await api.graphql(ACTIVATE, { clientAddress, variables: { input: { code: second, username: "kit.h", passphrase: "blue paper kite" } } });
    expect(await reasonFor(second)).toBe("USED");

    const { youngPerson: later, iroToken: laterIro } = await iroWithYoungPerson("Lee");
    const expiring = await issueCode(later.id, laterIro);
    await database.db.getRepository(Invitation).update({ youngPersonId: later.id }, { expiresAt: new Date(Date.now() - 1000) });
    expect(await reasonFor(expiring)).toBe("EXPIRED");
  });

  it("make one account when the same code is sent twice at once", async () => {
    const { youngPerson, iroToken } = await iroWithYoungPerson("Ash");
    const code = await issueCode(youngPerson.id, iroToken);
    const clientAddress = freshAddress();
    const input = { code, username: "ash.twice", passphrase: "orange boat river" };
    const results = await Promise.all([1, 2].map(() => api.graphql(ACTIVATE, { clientAddress, variables: { input } })));
    const kinds = results.map((result) => (result.body.data?.activateInvitation as { __typename?: string } | undefined)?.__typename ?? result.body.errors?.[0]?.extensions?.code);
    expect(kinds.filter((kind) => kind === "SignedIn")).toHaveLength(1);
    const accounts = await database.db.query("SELECT count(*)::int AS n FROM account WHERE person_id = $1", [youngPerson.id]);
    expect(accounts[0].n).toBe(1);
  });

  it("record the account's making in the audit, by the new account, once however often the code is sent", async () => {
    const { youngPerson, iroToken } = await iroWithYoungPerson("Jules");
    const code = await issueCode(youngPerson.id, iroToken);
    const clientAddress = freshAddress();
    const input = { code, username: "jules.m", passphrase: "silver moon harbour" };
    await Promise.all([1, 2].map(() => api.graphql(ACTIVATE, { clientAddress, variables: { input } })));

    const account = await database.db.getRepository(Account).findOneByOrFail({ personId: youngPerson.id });
    const events = await database.db.getRepository(AuditEvent).findBy({ youngPersonId: youngPerson.id, entity: "account" });
    expect(events.map((event) => [event.action, event.actorAccountId, event.actorRole, event.localAuthorityId])).toEqual([
      ["create", account.id, Role.YOUNG_PERSON, account.localAuthorityId],
    ]);
  });

  it("ask again for a username or passphrase that will not do, keeping the code usable", async () => {
    const { youngPerson, iroToken } = await iroWithYoungPerson("Noor");
    const code = await issueCode(youngPerson.id, iroToken);
    const clientAddress = freshAddress();
    const { body } = await api.graphql(ACTIVATE, { clientAddress, variables: { input: { code, username: "noor@example.com", passphrase: "password123" } } });
    const fields = (body.errors?.[0]?.extensions?.fields as { field: string }[]).map((problem) => problem.field);
    expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(fields).toEqual(expect.arrayContaining(["username", "passphrase"]));
    expect(((await api.graphql(CHECK, { variables: { code }, clientAddress })).body.data?.invitation as { __typename: string }).__typename).toBe("InvitationValid");
  });

  it("slow down someone guessing codes from one address", async () => {
    const clientAddress = freshAddress();
    const reasons: string[] = [];
    for (let guess = 0; guess < 11; guess += 1) {
      const { body } = await api.graphql(CHECK, { variables: { code: `AAAAA-AAAA${guess % 10}` }, clientAddress });
      reasons.push((body.data?.invitation as { reason: string }).reason);
    }
    expect(reasons.slice(0, 10)).toEqual(Array(10).fill("NOT_RECOGNISED"));
    expect(reasons[10]).toBe("TOO_MANY_ATTEMPTS");
  });

  it("can be issued only by the young person's IRO or by someone with authority-wide access", async () => {
    const { youngPerson } = await iroWithYoungPerson("Eden");
    await database.make.iroWithAccount({ username: "iro.stranger", passphrase: "harbour light seven" });
    await database.make.staffWithAccount(Role.ADMINISTRATOR, { username: "admin.inv", passphrase: "harbour light seven" });
    const stranger = await api.graphql(CREATE, { token: await api.tokenFor("iro.stranger", "harbour light seven"), variables: { id: youngPerson.id } });
    const admin = await api.graphql(CREATE, { token: await api.tokenFor("admin.inv", "harbour light seven"), variables: { id: youngPerson.id } });
    expect(stranger.body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(admin.body.data?.createInvitation).toEqual({ code: expect.any(String), expiresAt: expect.any(String) });
  });
});

describe("sign-in throttling and sessions", () => {
  it("asks someone to wait after five wrong passphrases, even if the sixth is right", async () => {
    await database.make.youngPersonWithAccount({ username: "slow.down", passphrase: "right answer here" });
    const clientAddress = freshAddress();
    const tries = [];
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const { body } = await api.graphql("mutation ($i: SignInInput!) { signIn(input: $i) { ... on SignInRefused { reason message retryAfterSeconds } } }", {
        clientAddress,
        variables: { i: { username: "slow.down", passphrase: `wrong ${attempt}` } },
      });
      tries.push(body.data?.signIn as { reason: string; message: string; retryAfterSeconds: number | null });
    }
    expect(tries.slice(0, 4).map((attempt) => attempt.reason)).toEqual(Array(4).fill("WRONG_USERNAME_OR_PASSPHRASE"));
    expect(tries[4]).toEqual({ reason: "TOO_MANY_ATTEMPTS", message: expect.stringMatching(/Please wait 15 minutes/), retryAfterSeconds: expect.any(Number) });

    const { body } = await api.graphql("mutation ($i: SignInInput!) { signIn(input: $i) { __typename } }", {
      clientAddress,
      variables: { i: { username: "slow.down", passphrase: "right answer here" } },
    });
    expect(body.data?.signIn).toEqual({ __typename: "SignInRefused" });
  });

  it("cannot be outrun by sending many wrong passphrases at once", async () => {
    await database.make.youngPersonWithAccount({ username: "all.at.once", passphrase: "right answer here" });
    const clientAddress = freshAddress();
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, attempt) =>
        api.graphql("mutation ($i: SignInInput!) { signIn(input: $i) { ... on SignInRefused { reason } } }", {
          clientAddress,
          variables: { i: { username: "all.at.once", passphrase: `wrong ${attempt}` } },
        }),
      ),
    );
    const checked = results.filter(({ body }) => (body.data?.signIn as { reason: string }).reason === "WRONG_USERNAME_OR_PASSPHRASE");
    expect(checked.length).toBeLessThanOrEqual(4);
  });

  it("answers a crowd signing in at once, more than the API has connections", async () => {
    const people = await Promise.all(Array.from({ length: 12 }, (_, index) => database.make.youngPersonWithAccount({ username: `crowd.${index}`, passphrase: "crowded bus stop" })));
    const results = await Promise.all(people.map((_, index) => api.tokenFor(`crowd.${index}`, "crowded bus stop")));
    expect(results.filter((token) => typeof token === "string")).toHaveLength(12);
  });

  it("signs an account out on every device at once", async () => {
    await database.make.youngPersonWithAccount({ username: "everywhere", passphrase: "many phones ring" });
    const phone = await api.tokenFor("everywhere", "many phones ring");
    const laptop = await api.tokenFor("everywhere", "many phones ring");
    const { body } = await api.graphql("mutation { signOutEverywhere }", { token: phone });
    expect(body.data).toEqual({ signOutEverywhere: 2 });
    expect((await api.graphql("{ me { role } }", { token: laptop })).status).toBe(401);
  });

  it("ends a session left unused for longer than the idle time", async () => {
    await database.make.youngPersonWithAccount({ username: "idle.one", passphrase: "sleepy cat nap" });
    const token = await api.tokenFor("idle.one", "sleepy cat nap");
    await database.db.query("UPDATE session s SET last_seen_at = now() - interval '31 minutes' FROM account a WHERE a.id = s.account_id AND a.username = 'idle.one'");
    expect((await api.graphql("{ me { role } }", { token })).status).toBe(401);
  });
});
