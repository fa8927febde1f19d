import { Pool } from "pg";
import { QueryFailedError } from "typeorm";
import { useTestDatabase } from "../testing/test-database";
import { isDatabaseUnavailable } from "./unavailable";

const database = useTestDatabase({ migrated: false });

const failureOf = (work: Promise<unknown>) => work.then(() => null, (error: unknown) => error);

describe("whether an error means the database is out of reach", () => {
  it("is so for a server that refuses connections, and for a pool with none free in time", async () => {
    const nobodyThere = new Pool({ connectionString: "postgres://postgres@127.0.0.1:9/postgres" });
    const full = new Pool({ connectionString: database.url, max: 1, connectionTimeoutMillis: 200 });
    const held = await full.connect();
    try {
      expect(isDatabaseUnavailable(await failureOf(nobodyThere.query("SELECT 1")))).toBe(true);
      expect(isDatabaseUnavailable(await failureOf(full.query("SELECT 1")))).toBe(true);
    } finally {
      held.release();
      await Promise.all([nobodyThere.end(), full.end()]);
    }
  });

  it("is not so for a query that is wrong or too slow, whose fault retrying would not mend", async () => {
    const wrong = await failureOf(database.db.query("SELECT * FROM no_such_table"));
    const slow = await failureOf(database.db.query("SET LOCAL statement_timeout = 10; SELECT pg_sleep(1)"));
    expect(wrong).toBeInstanceOf(QueryFailedError);
    expect(slow).toMatchObject({ driverError: { code: "57014" } });
    expect(isDatabaseUnavailable(wrong)).toBe(false);
    expect(isDatabaseUnavailable(slow)).toBe(false);
    expect(isDatabaseUnavailable(new Error("something else"))).toBe(false);
  });
});
