import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client } from "pg";
import { createDataSource } from "../database/data-source";
import { quoteIdentifier, TEST_ADMIN_URL_VARIABLE, TEST_TEMPLATE_VARIABLE, urlForDatabase } from "./test-database-names";

type EmbeddedServer = { databaseUrl: string; stop: () => Promise<void> };
const state = globalThis as typeof globalThis & { myReviewEmbedded?: EmbeddedServer & { dataDir: string }; myReviewTemplate?: string };

async function startEmbedded(): Promise<EmbeddedServer & { dataDir: string }> {
  const modulePath = path.resolve(__dirname, "../../../scripts/embedded-postgres.mjs");
  const { startEmbeddedPostgres } = (await import(modulePath)) as {
    startEmbeddedPostgres: (options: { dataDir: string; database: string }) => Promise<EmbeddedServer>;
  };
  const dataDir = await mkdtemp(path.join(tmpdir(), "my-review-test-pg-"));
  return { ...(await startEmbeddedPostgres({ dataDir, database: "my_review_test" })), dataDir };
}

/**
 * Tests use the PostgreSQL named by DATABASE_URL, or an embedded one when it is unset. The migrations run once into
 * a template database; each test file then gets its own copy of it (see test-database.ts).
 */
export default async function globalSetup(): Promise<void> {
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    state.myReviewEmbedded = await startEmbedded();
    serverUrl = state.myReviewEmbedded.databaseUrl;
  }
  const template = `my_review_template_${process.pid}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(template)} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${quoteIdentifier(template)}`);
  await admin.end();

  const db = createDataSource({ url: urlForDatabase(serverUrl, template), poolSize: 1 });
  await db.initialize();
  await db.runMigrations();
  await db.destroy();

  state.myReviewTemplate = template;
  process.env[TEST_ADMIN_URL_VARIABLE] = serverUrl;
  process.env[TEST_TEMPLATE_VARIABLE] = template;
}
