import type { Logger } from "typeorm";
import { API_DATABASE_ROLE, createDataSource } from "../database/data-source";
import type { useTestDatabase } from "./test-database";

/** Counts the statements the API sends, so a test can see that more rows cost no more queries. */
class StatementCounter implements Logger {
  count = 0;
  logQuery() {
    this.count += 1;
  }
  logQueryError() {}
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}
}

/**
 * The test database's connections for useTestApi, with the API's own connecting through a statement counter.
 * `statementsFor(work)` is how many statements the work sent.
 */
export function useCountedDatabase(database: ReturnType<typeof useTestDatabase>) {
  const counter = new StatementCounter();
  let countingDb: ReturnType<typeof createDataSource> | undefined;
  beforeAll(async () => {
    countingDb = createDataSource({ url: database.url, poolSize: 2, role: API_DATABASE_ROLE, logger: counter });
    await countingDb.initialize();
  });
  afterAll(async () => {
    await countingDb?.destroy();
  });
  return {
    get apiDb() {
      return countingDb!;
    },
    get authDb() {
      return database.authDb;
    },
    async statementsFor<T>(work: () => Promise<T>): Promise<{ result: T; statements: number }> {
      counter.count = 0;
      const result = await work();
      return { result, statements: counter.count };
    },
  };
}
