import { request } from "node:http";
import type { Pool } from "pg";
import type { PostgresDriver } from "typeorm/driver/postgres/PostgresDriver";
import { useTestApi } from "../testing/test-api";
import { useTestDatabase } from "../testing/test-database";

const database = useTestDatabase();
const api = useTestApi(database);

const CASELOAD = `{
  youngPeople(first: 10) {
    items { firstName hasAccount currentIro { firstName } reviewDue { dueOn } nextReview { scheduledFor } }
  }
}`;

/** Sends a query and hangs up without reading the answer, as a closed tab or a lost signal does. */
function sendAndHangUp(token: string): { hangUp: () => void } {
  const body = JSON.stringify({ query: CASELOAD });
  const sent = request(`${api.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), authorization: `Bearer ${token}` },
  });
  sent.on("error", () => undefined);
  sent.end(body);
  return { hangUp: () => sent.destroy() };
}

async function eventually<T>(read: () => Promise<T> | T, until: (value: T) => boolean, what: string): Promise<T> {
  const givesUpAt = Date.now() + 15_000;
  for (;;) {
    const value = await read();
    if (until(value)) return value;
    if (Date.now() > givesUpAt) throw new Error(`Gave up waiting until ${what}; last saw ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const apiPool = () => (database.apiDb.driver as PostgresDriver).master as Pool;

describe("a client that goes away mid-request", () => {
  it("stops the request's resolvers quietly and gives its connection back", async () => {
    const { person: iro } = await database.make.iroWithAccount({ username: "iro.gone", passphrase: "a lost signal" });
    for (let index = 0; index < 6; index += 1) {
      const { youngPerson } = await database.make.youngPersonWithAccount({ firstName: `Young${index}` });
      await database.make.allocation({ youngPersonId: youngPerson.id, iroPersonId: iro.id });
      await database.make.review({ youngPersonId: youngPerson.id, scheduledFor: new Date(Date.now() + (index + 1) * 86_400_000) });
    }
    const token = await api.tokenFor("iro.gone", "a lost signal");
    const complete = await api.graphql(CASELOAD, { token });
    expect(complete.body.errors).toBeUndefined();

    // The reviews' table is held, so the request is stuck mid-way through its resolvers when its client leaves.
    const holder = database.db.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    await holder.query("LOCK TABLE review IN ACCESS EXCLUSIVE MODE");
    const linesBefore = api.logLines.length;
    const client = sendAndHangUp(token);
    await eventually(
      () => database.db.query("SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'"),
      ([{ waiting }]) => waiting > 0,
      "the request waits for the reviews' table",
    );
    client.hangUp();
    await eventually(() => api.logLines.slice(linesBefore), (lines) => lines.some((line) => line.msg === "client went away before the answer"), "the API sees the client leave");
    await holder.commitTransaction();
    await holder.release();

    await eventually(() => ({ total: apiPool().totalCount, idle: apiPool().idleCount }), ({ total, idle }) => total === idle, "every connection is back in the pool");
    const inTransaction = await database.db.query("SELECT count(*)::int AS open FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'");
    expect(inTransaction).toEqual([{ open: 0 }]);
    const after = await api.graphql(CASELOAD, { token });
    expect(after.body).toEqual(complete.body);

    const lines = api.logLines.slice(linesBefore);
    expect(lines.filter((line) => Number(line.level) >= 50)).toEqual([]);
    expect(JSON.stringify(lines)).not.toMatch(/already released|row-level security/i);
  });
});
