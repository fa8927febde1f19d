import { randomBytes } from "node:crypto";
import type { DataSource } from "typeorm";
import { Factories } from "../../fixtures/factories";
import { API_DATABASE_ROLE, createDataSource } from "../database/data-source";
import { asServerAdmin, dropDatabase, quoteIdentifier, urlForDatabase } from "../database/throwaway-postgres";
import { TEST_ADMIN_URL_VARIABLE, TEST_TEMPLATE_VARIABLE } from "./test-database-names";

function required(variable: string): string {
  const value = process.env[variable];
  if (!value) throw new Error(`${variable} is unset: run the tests with jest, whose global setup prepares the database.`);
  return value;
}

export type TestDatabase = {
  /** Connected as the login user, which owns the tables: for setting up and checking rows. */
  readonly db: DataSource;
  /** Connected as the API's role, as the API is: row-level security applies. */
  readonly apiDb: DataSource;
  /** The API's second pool, for sessions, passphrases and codes (see createApp). */
  readonly authDb: DataSource;
  readonly make: Factories;
  readonly url: string;
};

/**
 * Gives the calling test file a database of its own, copied from the migrated template, and drops it afterwards:
 * no file can see another's rows, whatever order or worker they run in.
 */
export function useTestDatabase(options: { migrated?: boolean } = {}): TestDatabase {
  const { migrated = true } = options;
  const name = `my_review_test_${randomBytes(6).toString("hex")}`;
  const url = urlForDatabase(required(TEST_ADMIN_URL_VARIABLE), name);
  let db: DataSource | undefined;
  let apiDb: DataSource | undefined;
  let authDb: DataSource | undefined;
  let make: Factories | undefined;

  beforeAll(async () => {
    const template = migrated ? ` TEMPLATE ${quoteIdentifier(required(TEST_TEMPLATE_VARIABLE))}` : "";
    await asServerAdmin(required(TEST_ADMIN_URL_VARIABLE), (admin) => admin.query(`CREATE DATABASE ${quoteIdentifier(name)}${template}`));
    db = createDataSource({ url, poolSize: 4 });
    apiDb = createDataSource({ url, poolSize: 4, role: API_DATABASE_ROLE });
    authDb = createDataSource({ url, poolSize: 2, role: API_DATABASE_ROLE });
    await Promise.all([db.initialize(), apiDb.initialize(), authDb.initialize()]);
  });

  afterAll(async () => {
    await Promise.all([db?.destroy(), apiDb?.destroy(), authDb?.destroy()]);
    await dropDatabase(required(TEST_ADMIN_URL_VARIABLE), name);
  });

  const ready = <T>(value: T | undefined): T => {
    if (!value) throw new Error("The test database is ready only inside tests and hooks.");
    return value;
  };
  return {
    get db() {
      return ready(db);
    },
    get apiDb() {
      return ready(apiDb);
    },
    get authDb() {
      return ready(authDb);
    },
    get make() {
      make ??= new Factories(ready(db).manager);
      return make;
    },
    url,
  };
}
