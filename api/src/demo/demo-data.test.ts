import { Account } from "../accounts/account.entity";
import { Role } from "../kernel/access/role";
import { YoungPerson } from "../people/young-person.entity";
import { Review } from "../reviews/review.entity";
import { createServices } from "../graphql/services";
import { useTestDatabase } from "../testing/test-database";
import { loadDemoDataIfEmpty } from "./demo-data";
import { DEMO_SIGN_INS } from "./demo-sign-ins";

const database = useTestDatabase();

async function counts() {
  const db = database.db;
  return {
    youngPeople: await db.getRepository(YoungPerson).count(),
    iros: await db.getRepository(Account).countBy({ role: Role.IRO }),
    reviews: await db.getRepository(Review).count(),
  };
}

describe("the demo data", () => {
  it("loads a small borough once, even when two starts race to load it", async () => {
    const loaded = await Promise.all([loadDemoDataIfEmpty(database.db), loadDemoDataIfEmpty(database.db)]);
    expect(loaded.filter(Boolean)).toHaveLength(1);
    const first = await counts();
    expect(first.youngPeople).toBeGreaterThanOrEqual(40);
    expect(first.iros).toBeGreaterThanOrEqual(3);

    expect(await loadDemoDataIfEmpty(database.db)).toBe(false);
    expect(await counts()).toEqual(first);
  });

  it("gives every young person a review still to come", async () => {
    const withoutNext = await database.db.query(
      `SELECT count(*)::int AS n FROM young_person yp
       WHERE NOT EXISTS (SELECT 1 FROM review r WHERE r.young_person_id = yp.id AND r.scheduled_for > now())`,
    );
    expect(withoutNext[0].n).toBe(0);
  });

  it("says of every held review whether it was on time, some on time and some late", async () => {
    const kinds = await database.db.query(`SELECT DISTINCT held_on_time FROM review WHERE status = 'HELD' ORDER BY held_on_time`);
    expect(kinds).toEqual([{ held_on_time: false }, { held_on_time: true }]);
  });

  it("holds every review on a weekday, in London", async () => {
    const weekends = await database.db.query(
      `SELECT count(*)::int AS n FROM review WHERE extract(isodow FROM scheduled_for AT TIME ZONE 'Europe/London') IN (6, 7)`,
    );
    expect(weekends[0].n).toBe(0);
  });

  it.each(DEMO_SIGN_INS.map((signIn) => [signIn.who, signIn] as const))("lets %s sign in as printed", async (_who, demo) => {
    const { signIn } = createServices(database.apiDb, { sessionTtlMs: 60_000, sessionIdleMs: 60_000 });
    const outcome = await signIn.signIn(demo.username, demo.passphrase, "127.0.0.1");
    expect(outcome).toMatchObject({ ok: true, account: { role: demo.role } });
  });
});
