import { Role } from "../kernel/access/role";
import { Relationship } from "../people/relationship";
import { useTestDatabase } from "../testing/test-database";
import { API_DATABASE_ROLE, createDataSource } from "./data-source";
import type { Account } from "../accounts/account.entity";
import { ReviewChange, ReviewChangeKind } from "../reviews/review-change.entity";
import { claimsOf, RequestTransaction } from "../kernel/request-transaction";

const database = useTestDatabase();
const CHILD_TABLES = ["person", "young_person", "review", "review_change", "network_link", "iro_allocation"];

async function world() {
  const { make } = database;
  const child = await make.youngPersonWithAccount({ firstName: "Ada" });
  const otherChild = await make.youngPersonWithAccount({ firstName: "Bo" });
  const iro = await make.iroWithAccount();
  const socialWorker = await make.staffWithAccount(Role.SOCIAL_WORKER);
  await make.allocation({ youngPersonId: child.youngPerson.id, iroPersonId: iro.person.id });
  await make.link({ youngPersonId: child.youngPerson.id, personId: socialWorker.person.id, relationship: Relationship.SOCIAL_WORKER });
  const reviews = [];
  for (const { youngPerson } of [child, otherChild]) {
    const review = await make.review({ youngPersonId: youngPerson.id, scheduledFor: new Date(Date.now() + 86_400_000) });
    await database.db.getRepository(ReviewChange).insert({ reviewId: review.id, youngPersonId: youngPerson.id, kind: ReviewChangeKind.SCHEDULED, accountId: iro.account.id });
    reviews.push(review);
  }
  const otherAuthority = await make.localAuthority();
  const manager = await make.staffWithAccount(Role.IRO_MANAGER);
  const foreignManager = await make.staffWithAccount(Role.IRO_MANAGER, { localAuthorityId: otherAuthority.id });
  return { child, otherChild, iro, socialWorker, manager, foreignManager, childsReview: reviews[0]!, otherChildsReview: reviews[1]! };
}

/** Runs a query as the API does for a caller: in a request transaction with their claims, then commits. */
async function asCaller<T>(caller: Account, sql: string): Promise<T[]> {
  const transaction = await RequestTransaction.open(database.apiDb, claimsOf(caller));
  try {
    return await transaction.manager.query(sql);
  } finally {
    await transaction.finish("commit");
  }
}

describe("row-level security, the second wall", () => {
  let people: Awaited<ReturnType<typeof world>>;
  beforeAll(async () => {
    people = await world();
  });

  it.each(CHILD_TABLES)("shows a query with no claims no rows of %s", async (table) => {
    const owner = await database.db.query(`SELECT count(*)::int AS n FROM ${table}`);
    const api = await database.apiDb.query(`SELECT count(*)::int AS n FROM ${table}`);
    expect(owner[0].n).toBeGreaterThan(0);
    expect(api[0].n).toBe(0);
  });

  it.each(["review", "review_change"])("gives a young person's unfiltered query only their own rows of %s", async (table) => {
    const rows = await asCaller<{ young_person_id: string }>(people.child.account, `SELECT DISTINCT young_person_id FROM ${table}`);
    expect(rows.map((row) => row.young_person_id)).toEqual([people.child.youngPerson.id]);
  });

  it("gives an IRO's unfiltered query only the young people allocated to them", async () => {
    const rows = await asCaller<{ id: string }>(people.iro.account, "SELECT id FROM young_person");
    expect(rows.map((row) => row.id)).toEqual([people.child.youngPerson.id]);
  });

  it("gives a social worker only the young people they are linked to", async () => {
    const rows = await asCaller<{ young_person_id: string }>(people.socialWorker.account, "SELECT young_person_id FROM review");
    expect(rows.map((row) => row.young_person_id)).toEqual([people.child.youngPerson.id]);
  });

  it("gives an administrator, who sets people up, none of a review's history, though they may see the young person", async () => {
    const administrator = await database.make.staffWithAccount(Role.ADMINISTRATOR);
    const seen = await asCaller<{ n: number }>(administrator.account, "SELECT count(*)::int AS n FROM young_person");
    const history = await asCaller<{ n: number }>(administrator.account, "SELECT count(*)::int AS n FROM review_change");
    const managers = await asCaller<{ n: number }>(people.manager.account, "SELECT count(*)::int AS n FROM review_change");
    expect(seen[0]?.n).toBeGreaterThan(0);
    expect(history[0]?.n).toBe(0);
    expect(managers[0]?.n).toBe(2);
  });

  it("lets only the young person's own IRO answer their choices, not a manager", async () => {
    const review = await database.db.query("SELECT id FROM review WHERE young_person_id = $1", [people.child.youngPerson.id]);
    const answer = (caller: Account) =>
      asCaller(
        caller,
        `INSERT INTO choice_answer (review_id, young_person_id, topic, accepted, answered_by_account_id)
         VALUES ('${review[0].id}', '${people.child.youngPerson.id}', 'PLACE', true, '${caller.id}')`,
      );
    await expect(answer(people.manager.account)).rejects.toThrow(/row-level security/);
    await expect(answer(people.iro.account)).resolves.toBeDefined();
  });

  it("gives a manager their own authority's young people and none of another's", async () => {
    const own = await asCaller<{ n: number }>(people.manager.account, "SELECT count(*)::int AS n FROM young_person");
    const foreign = await asCaller<{ n: number }>(people.foreignManager.account, "SELECT count(*)::int AS n FROM young_person");
    expect(own[0]?.n).toBe(2);
    expect(foreign[0]?.n).toBe(0);
  });

  it("never leaves one request's claims on a pooled connection for the next", async () => {
    const single = createDataSource({ url: database.url, poolSize: 1, role: API_DATABASE_ROLE });
    await single.initialize();
    try {
      const transaction = await RequestTransaction.open(single, claimsOf(people.child.account));
      expect((await transaction.manager.query("SELECT count(*)::int AS n FROM review"))[0].n).toBe(1);
      await transaction.finish("commit");

      const after = await single.query("SELECT current_setting('my_review.person_id', true) AS claim, (SELECT count(*)::int FROM review) AS n");
      expect(after[0].claim ?? "").toBe("");
      expect(after[0].n).toBe(0);
    } finally {
      await single.destroy();
    }
  });

  it("runs the API as a role that neither owns the tables nor bypasses row-level security", async () => {
    const [role] = await database.db.query("SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = $1", [API_DATABASE_ROLE]);
    const owned = await database.db.query("SELECT count(*)::int AS n FROM pg_tables WHERE tableowner = $1", [API_DATABASE_ROLE]);
    const [current] = await database.apiDb.query("SELECT current_user AS name");
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false });
    expect(owned[0].n).toBe(0);
    expect(current.name).toBe(API_DATABASE_ROLE);
  });

  it("lets a young person read their reviews but not change or delete them", async () => {
    // TypeORM answers an UPDATE with its returned rows and the count changed: none, and nothing.
    const changed = await asCaller<unknown>(people.child.account, "UPDATE review SET scheduled_for = now() RETURNING id");
    expect(changed).toEqual([[], 0]);
    await expect(database.apiDb.query("DELETE FROM review")).rejects.toThrow(/permission denied/);
  });

  it("hides the people in another child's network", async () => {
    const otherParent = await database.make.person({ firstName: "Secret" });
    await database.make.link({ youngPersonId: people.otherChild.youngPerson.id, personId: otherParent.id, relationship: Relationship.MOTHER });
    const seenByChild = await asCaller<{ id: string }>(people.child.account, "SELECT id FROM person");
    const seenByManager = await asCaller<{ id: string }>(people.manager.account, "SELECT id FROM person");
    expect(seenByChild.map((row) => row.id)).not.toContain(otherParent.id);
    expect(seenByManager.map((row) => row.id)).toContain(otherParent.id);
  });

  it("shows an IRO the people in their young person's network, but not a brother in care who is not theirs", async () => {
    const grandmother = await database.make.person({ firstName: "Nana" });
    await database.make.link({ youngPersonId: people.child.youngPerson.id, personId: grandmother.id, relationship: Relationship.OTHER });
    const brother = await database.make.youngPerson({ firstName: "Cal" });
    await database.make.link({ youngPersonId: people.child.youngPerson.id, personId: brother.id, relationship: Relationship.SIBLING });
    const seenByIro = (await asCaller<{ id: string }>(people.iro.account, "SELECT id FROM person")).map((row) => row.id);
    expect(seenByIro).toEqual(expect.arrayContaining([people.child.youngPerson.id, grandmother.id, people.socialWorker.person.id]));
    expect(seenByIro).not.toContain(brother.id);
    expect(seenByIro).not.toContain(people.otherChild.youngPerson.id);
  });

  it("keeps the history of reviews as written: the API's role can neither change nor delete it", async () => {
    await expect(database.apiDb.query("UPDATE review_change SET reason = 'rewritten'")).rejects.toThrow(/permission denied/);
    await expect(database.apiDb.query("DELETE FROM review_change")).rejects.toThrow(/permission denied/);
  });

  it("lets an IRO add to the history only of reviews they arrange", async () => {
    const cancel = (review: { id: string; youngPersonId: string }) => `INSERT INTO review_change (review_id, young_person_id, kind, account_id)
      VALUES ('${review.id}', '${review.youngPersonId}', 'CANCELLED', '${people.iro.account.id}') RETURNING kind`;
    await expect(asCaller(people.iro.account, cancel(people.childsReview))).resolves.toEqual([{ kind: "CANCELLED" }]);
    await expect(asCaller(people.iro.account, cancel(people.otherChildsReview))).rejects.toThrow(/row-level security/);
  });

  it("does not let the API's role change or delete audit rows", async () => {
    await expect(database.apiDb.query("UPDATE audit_event SET action = 'nothing'")).rejects.toThrow(/permission denied/);
    await expect(database.apiDb.query("DELETE FROM audit_event")).rejects.toThrow(/permission denied/);
  });
});
