import { Client, type PoolClient, type QueryResult } from "pg";
import { PreparedStatements, type Statement } from "./prepared-statements";
import { useTestDatabase } from "../testing/test-database";

const database = useTestDatabase({ migrated: false });

let client: Client;
beforeEach(async () => {
  client = new Client({ connectionString: database.url });
  await client.connect();
});
afterEach(() => client.end());

/** Runs the statements as one message on the test's connection, as the request's pipeline does. */
async function run(statements: PreparedStatements, batch: readonly Statement[]): Promise<unknown[][]> {
  const message = statements.message(batch);
  try {
    return message.resultsOf((await client.query(message.sql)) as QueryResult | QueryResult[]).map((result) => result.rows);
  } catch (error) {
    message.failed();
    throw error;
  }
}

async function preparedOnServer(): Promise<string[]> {
  const { rows } = await client.query<{ statement: string }>("SELECT statement FROM pg_prepared_statements ORDER BY prepare_time");
  return rows.map((row) => row.statement);
}

const NEXT: Statement = { text: "SELECT $1::int + 1 AS next", values: [41] };

describe("the statements a connection prepares", () => {
  it("prepares a statement the first time and runs the same plan every time after, with each time's values", async () => {
    const statements = new PreparedStatements(client as unknown as PoolClient);

    expect(await run(statements, [NEXT])).toEqual([[{ next: 42 }]]);
    expect(await run(statements, [{ ...NEXT, values: [1] }, NEXT])).toEqual([[{ next: 2 }], [{ next: 42 }]]);

    expect(statements.message([NEXT]).sql).not.toContain("PREPARE");
    expect(await preparedOnServer()).toEqual([expect.stringContaining("SELECT $1::int + 1 AS next")]);
  });

  it("sends what it cannot prepare as written, with its values in place", async () => {
    const statements = new PreparedStatements(client as unknown as PoolClient);

    const [, setting] = await run(statements, [{ text: "START TRANSACTION" }, { text: "SELECT set_config('my_review.test', $1, true) AS value", values: ["it's"] }]);
    await client.query("ROLLBACK");

    expect(setting).toEqual([{ value: "it's" }]);
    expect(await preparedOnServer()).toHaveLength(1);
  });

  it("prepares afresh what a failed message never reached", async () => {
    const statements = new PreparedStatements(client as unknown as PoolClient);
    const after: Statement = { text: "SELECT 'after' AS word" };
    await client.query("START TRANSACTION");
    await expect(run(statements, [{ text: "SELECT 1 / $1::int AS quotient", values: [0] }, after])).rejects.toThrow("division by zero");
    await client.query("ROLLBACK");

    expect(await run(statements, [after])).toEqual([[{ word: "after" }]]);
  });

  it("holds no more than its capacity, letting the least recently used go in the next message", async () => {
    const statements = new PreparedStatements(client as unknown as PoolClient, 2);
    const numbered = (n: number): Statement => ({ text: `SELECT ${n} AS n` });

    await run(statements, [numbered(1)]);
    await run(statements, [numbered(2)]);
    await run(statements, [numbered(1)]);
    await run(statements, [numbered(3)]);
    await run(statements, [numbered(1)]);

    const prepared = await preparedOnServer();
    expect(statements.size).toBe(2);
    expect(prepared).toHaveLength(2);
    expect(prepared.join("\n")).not.toContain("SELECT 2 AS n");
  });
});
