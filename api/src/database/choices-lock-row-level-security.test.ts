import type { Account } from "../accounts/account.entity";
import { Role } from "../kernel/access/role";
import { useTestDatabase } from "../testing/test-database";
import { claimsOf, RequestTransaction } from "../kernel/request-transaction";

const database = useTestDatabase();
const IN_A_WEEK = () => new Date(Date.now() + 7 * 86_400_000);

async function world() {
  const { make } = database;
  const { youngPerson } = await make.youngPersonWithAccount();
  const iro = await make.iroWithAccount();
  const manager = await make.staffWithAccount(Role.IRO_MANAGER);
  await make.allocation({ youngPersonId: youngPerson.id, iroPersonId: iro.person.id });
  const review = await make.review({ youngPersonId: youngPerson.id, scheduledFor: IN_A_WEEK() });
  return { youngPerson, iro: iro.account, manager: manager.account, review };
}

/** Raw SQL as the API runs it for `caller`: one request transaction with their claims, kept only if it succeeds. */
async function asCaller(caller: Account, sql: string, parameters: unknown[]): Promise<unknown> {
  const transaction = await RequestTransaction.open(database.apiDb, claimsOf(caller));
  let outcome: "commit" | "rollback" = "rollback";
  try {
    const result = await transaction.manager.query(sql, parameters);
    outcome = "commit";
    return result;
  } finally {
    await transaction.finish(outcome);
  }
}

const LOCK = "UPDATE review SET choices_locked_at = now() WHERE id = $1 RETURNING id";
const UNLOCK = "UPDATE review SET choices_locked_at = NULL WHERE id = $1 RETURNING id";

async function stored(reviewId: string): Promise<{ choices_locked_at: Date | null; venue: string | null }> {
  const [row] = await database.db.query("SELECT choices_locked_at, venue FROM review WHERE id = $1", [reviewId]);
  return row;
}

describe("the choices lock, as the database keeps it", () => {
  it("is set and cleared by the young person's current IRO", async () => {
    const w = await world();
    await asCaller(w.iro, LOCK, [w.review.id]);
    expect((await stored(w.review.id)).choices_locked_at).toBeInstanceOf(Date);

    await asCaller(w.iro, UNLOCK, [w.review.id]);
    expect((await stored(w.review.id)).choices_locked_at).toBeNull();
  });

  it("refuses a manager who sets or clears it, though they may change the review", async () => {
    const w = await world();
    await expect(asCaller(w.manager, LOCK, [w.review.id])).rejects.toThrow("only the young person's current IRO may lock or unlock their choices");
    expect((await stored(w.review.id)).choices_locked_at).toBeNull();

    await asCaller(w.iro, LOCK, [w.review.id]);
    await expect(asCaller(w.manager, UNLOCK, [w.review.id])).rejects.toThrow(/current IRO/);
    expect((await stored(w.review.id)).choices_locked_at).toBeInstanceOf(Date);
  });

  it("still lets a manager make the review's other changes, even writing the lock back as it is", async () => {
    const w = await world();
    await asCaller(w.iro, LOCK, [w.review.id]);
    const { choices_locked_at: lockedAt } = await stored(w.review.id);

    const moved = await asCaller(w.manager, "UPDATE review SET venue = 'Oak Lodge', scheduled_for = scheduled_for + interval '1 day' WHERE id = $1 RETURNING venue", [w.review.id]);
    expect(moved).toEqual([[{ venue: "Oak Lodge" }], 1]);
    await asCaller(w.manager, "UPDATE review SET venue = 'The library', choices_locked_at = choices_locked_at WHERE id = $1", [w.review.id]);
    expect(await stored(w.review.id)).toEqual({ choices_locked_at: lockedAt, venue: "The library" });
  });

  it("refuses a manager who plans a review with its choices already locked, but not one left open", async () => {
    const { make } = database;
    const w = await world();
    const { youngPerson } = await make.youngPersonWithAccount();
    await make.allocation({ youngPersonId: youngPerson.id, iroPersonId: w.iro.personId });
    const plan = (locked: boolean) =>
      asCaller(
        w.manager,
        `INSERT INTO review (young_person_id, scheduled_for, format, choices_locked_at) VALUES ($1, $2, 'IN_PERSON', ${locked ? "now()" : "NULL"}) RETURNING id`,
        [youngPerson.id, IN_A_WEEK()],
      );
    await expect(plan(true)).rejects.toThrow(/current IRO/);
    await expect(plan(false)).resolves.toEqual([{ id: expect.any(String) }]);
  });
});
