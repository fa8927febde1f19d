import { Role } from "../kernel/access/role";
import { ChoicesVersion } from "../choices/choice-options";
import { useTestApi } from "../testing/test-api";
import { useTestDatabase } from "../testing/test-database";
import { AuditEvent } from "./audit-event.entity";

const database = useTestDatabase();
const api = useTestApi(database);

const TRAIL = `query ($id: ID!, $first: Int, $after: String) {
  auditTrail(youngPersonId: $id, first: $first, after: $after) { items { action entity actorRole requestId } nextCursor }
}`;

describe("the audit of young people's records", () => {
  it("records each read of a young person's record, with who, what and the request id", async () => {
    const { youngPerson, account } = await database.make.youngPersonWithAccount({ username: "audit.yp", passphrase: "loud yellow bus 4" });
    await database.make.review({ youngPersonId: youngPerson.id, scheduledFor: new Date(Date.now() + 86_400_000) });
    const token = await api.tokenFor("audit.yp", "loud yellow bus 4");

    const response = await fetch(`${api.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}`, "x-request-id": "audit-read-0001" },
      body: JSON.stringify({ query: "{ me { youngPerson { nextReview { scheduledFor } } } }" }),
    });
    expect(response.status).toBe(200);

    const events = await database.db.getRepository(AuditEvent).findBy({ youngPersonId: youngPerson.id, requestId: "audit-read-0001" });
    expect(events.map((event) => [event.action, event.entity, event.actorAccountId, event.actorRole]).sort()).toEqual([
      ["read", "review", account.id, Role.YOUNG_PERSON],
      ["read", "young-person", account.id, Role.YOUNG_PERSON],
    ]);
  });

  it("lets a manager read one young person's audit, a page at a time, newest first", async () => {
    const { youngPerson } = await database.make.youngPersonWithAccount({ username: "audit.paged", passphrase: "green paper boat 8" });
    await database.make.staffWithAccount(Role.IRO_MANAGER, { username: "audit.manager", passphrase: "quiet hill path 5" });
    const childToken = await api.tokenFor("audit.paged", "green paper boat 8");
    for (let read = 0; read < 3; read += 1) await api.graphql("{ me { youngPerson { id } } }", { token: childToken });
    const managerToken = await api.tokenFor("audit.manager", "quiet hill path 5");

    const first = await api.graphql(TRAIL, { token: managerToken, variables: { id: youngPerson.id, first: 2 } });
    const page = first.body.data?.auditTrail as { items: { action: string }[]; nextCursor: string };
    const second = await api.graphql(TRAIL, { token: managerToken, variables: { id: youngPerson.id, first: 2, after: page.nextCursor } });
    const rest = second.body.data?.auditTrail as { items: unknown[]; nextCursor: string | null };

    expect(page.items).toHaveLength(2);
    expect(rest.items).toHaveLength(1);
    expect(rest.nextCursor).toBeNull();
  });

  it.each([
    ["the young person themself", Role.YOUNG_PERSON],
    ["their IRO", Role.IRO],
  ])("answers NOT_FOUND when %s asks for the audit", async (_who, role) => {
    const { youngPerson } = await database.make.youngPersonWithAccount({ username: `audit.subject.${role}`, passphrase: "tall brown owl 1" });
    const asker =
      role === Role.YOUNG_PERSON
        ? { username: `audit.subject.${role}`, passphrase: "tall brown owl 1" }
        : { username: `audit.iro.${role}`, passphrase: "tall brown owl 2" };
    if (role === Role.IRO) {
      const { person } = await database.make.iroWithAccount(asker);
      await database.make.allocation({ youngPersonId: youngPerson.id, iroPersonId: person.id });
    }
    const { body } = await api.graphql(TRAIL, { token: await api.tokenFor(asker.username, asker.passphrase), variables: { id: youngPerson.id } });
    expect(body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("answers NOT_FOUND to a manager from another authority", async () => {
    const { youngPerson } = await database.make.youngPersonWithAccount();
    const elsewhere = await database.make.localAuthority();
    await database.make.staffWithAccount(Role.IRO_MANAGER, { username: "audit.foreign", passphrase: "far away town 9", localAuthorityId: elsewhere.id });
    const { body } = await api.graphql(TRAIL, { token: await api.tokenFor("audit.foreign", "far away town 9"), variables: { id: youngPerson.id } });
    expect(body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("sends nothing a failed mutation read, as it was rolled back with its audit", async () => {
    const youngPerson = await database.make.youngPerson();
    const review = await database.make.review({ youngPersonId: youngPerson.id, scheduledFor: new Date(Date.now() + 7 * 86_400_000) });
    await database.make.choiceSet(review, { version: ChoicesVersion.SENT, notWantedOthers: "Only my IRO may know this", meetIroFirst: true });
    await database.make.staffWithAccount(Role.IRO_MANAGER, { username: "audit.rollback", passphrase: "slow grey river 6" });
    const token = await api.tokenFor("audit.rollback", "slow grey river 6");

    // The review is moved and its choices read, then asking for a page of no contributions fails the whole answer.
    const moved = await api.graphql(
      `mutation ($i: RescheduleReviewInput!) { rescheduleReview(input: $i) { id choices { sent { meetIroFirst } } contributions(first: 0) { id } } }`,
      { token, variables: { i: { reviewId: review.id, scheduledFor: new Date(Date.now() + 9 * 86_400_000).toISOString(), reason: "Room booked" } } },
    );

    expect(moved.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(moved.body.data).toBeNull();
    expect(await database.db.getRepository(AuditEvent).countBy({ youngPersonId: youngPerson.id })).toBe(0);
  });
});
