import { randomUUID } from "node:crypto";
import type { PoolClient, QueryResult } from "pg";
import { PreparedStatements } from "../kernel/prepared-statements";
import { useTestDatabase } from "../testing/test-database";

const database = useTestDatabase();

describe("the plans of the statements the API prepares", () => {
  it("plans a loader's statement once, whatever the size of each run's batch", async () => {
    const runner = database.apiDb.createQueryRunner();
    const client = (await runner.connect()) as PoolClient;
    try {
      const statements = PreparedStatements.of(client);
      const loader = { text: "SELECT id, first_name FROM person WHERE id = ANY($1::uuid[])" };
      for (let size = 1; size <= 8; size++) {
        const message = statements.message([{ ...loader, values: [Array.from({ length: size }, () => randomUUID())] }]);
        message.resultsOf((await client.query(message.sql)) as QueryResult);
      }

      const { rows } = await client.query<{ generic_plans: string; custom_plans: string }>(
        "SELECT generic_plans, custom_plans FROM pg_prepared_statements WHERE statement LIKE '%' || $1 || '%'",
        [loader.text],
      );
      // Left to choose, PostgreSQL plans the first five runs afresh, and every later one whose generic plan it cannot cost.
      expect(rows).toEqual([{ generic_plans: "8", custom_plans: "0" }]);
    } finally {
      await runner.release();
    }
  });
});
