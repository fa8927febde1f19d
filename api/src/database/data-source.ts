import "reflect-metadata";
import { DataSource, type Logger, type LoggerOptions } from "typeorm";
import { migrations } from "../../../migrations";
import { DEFAULT_STATEMENT_TIMEOUT_MS } from "../config/config";
import { entities } from "../modules";

export type DataSourceOptions = {
  url: string;
  /** Connections kept open; requests beyond this wait their turn. */
  poolSize?: number;
  /**
   * PostgreSQL cancels any statement that runs longer (error 57014), so one slow query cannot hold a pooled connection,
   * or the locks it took, for long. Migrations share it: one that needs longer raises it for itself with `SET LOCAL`.
   */
  statementTimeoutMs?: number;
  logging?: LoggerOptions;
  /** Sees every query: tests count statements with it. */
  logger?: Logger;
  /**
   * The PostgreSQL role every connection takes as it opens (`-c role=…`): the API serves requests as
   * API_DATABASE_ROLE, which row-level security applies to; migrations and the demo data run as the login user.
   */
  role?: string;
};

/** The role the API's requests run as. Made by the migrations; it neither owns the tables nor bypasses RLS. */
export const API_DATABASE_ROLE = "my_review_api";

/**
 * Each statement the API sends is prepared once per connection (ADR 025), yet PostgreSQL, left to choose, plans again on
 * every run a statement whose generic plan it estimates dearer, such as a loader's `= ANY($1)` (it cannot know the
 * array's length): under row-level security that planning can cost more than the run. The API's connections keep the one generic plan (ADR 026). Also for the
 * benchmarks' hand-written baselines, which must plan as the API does.
 */
export function connectionOptions(role: string): string {
  return `-c role=${role} -c plan_cache_mode=force_generic_plan`;
}

/** The one way the API reaches PostgreSQL. The schema changes only through migrations, never by synchronising. */
export function createDataSource({
  url,
  poolSize = 10,
  statementTimeoutMs = DEFAULT_STATEMENT_TIMEOUT_MS,
  logging = false,
  logger,
  role,
}: DataSourceOptions): DataSource {
  return new DataSource({
    type: "postgres",
    url,
    entities,
    migrations,
    migrationsTableName: "schema_migration",
    migrationsTransactionMode: "each",
    // gen_random_uuid() is built into PostgreSQL 13 and later: no extension to install.
    uuidExtension: "pgcrypto",
    installExtensions: false,
    synchronize: false,
    migrationsRun: false,
    logging: logger ? ["query"] : logging,
    ...(logger ? { logger } : {}),
    extra: {
      max: poolSize,
      application_name: "my-review-api",
      statement_timeout: statementTimeoutMs,
      // A request that cannot get a connection fails rather than waiting for ever, and a transaction left open by a
      // fault is ended by PostgreSQL, returning its connection.
      connectionTimeoutMillis: 10_000,
      idle_in_transaction_session_timeout: 30_000,
      ...(role ? { options: connectionOptions(role) } : {}),
    },
  });
}
