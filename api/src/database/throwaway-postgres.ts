import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Client } from "pg";
import { repositoryRoot } from "../config/repository-root";
import { createDataSource } from "./data-source";

export type EmbeddedServer = { databaseUrl: string; stop: () => Promise<void> };

/**
 * An embedded PostgreSQL (ADR 001) whose data lives in a new temporary folder, for the tests and tools that need a
 * server of their own when DATABASE_URL names none. Stopping it deletes the folder.
 */
export async function startEmbeddedInTemporaryFolder(): Promise<EmbeddedServer> {
  const modulePath = pathToFileURL(path.join(repositoryRoot(), "scripts", "embedded-postgres.mjs")).href;
  const { startEmbeddedPostgres } = (await import(modulePath)) as {
    startEmbeddedPostgres: (options: { dataDir: string; database: string }) => Promise<EmbeddedServer>;
  };
  const dataDir = await mkdtemp(path.join(tmpdir(), "my-review-test-pg-"));
  const server = await startEmbeddedPostgres({ dataDir, database: "my_review_test" });
  return {
    databaseUrl: server.databaseUrl,
    stop: async () => {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export function urlForDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Runs `work` on a connection of its own to the server's database named in `serverUrl`, for creating and dropping others. */
export async function asServerAdmin<T>(serverUrl: string, work: (admin: Client) => Promise<T>): Promise<T> {
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

/** Makes the database `name` afresh on the server and runs every migration in it; returns its URL. */
export async function createMigratedDatabase(serverUrl: string, name: string): Promise<string> {
  await asServerAdmin(serverUrl, async (admin) => {
    await admin.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${quoteIdentifier(name)}`);
  });
  const url = urlForDatabase(serverUrl, name);
  const db = createDataSource({ url, poolSize: 1 });
  await db.initialize();
  try {
    await db.runMigrations();
  } finally {
    await db.destroy();
  }
  return url;
}

export function dropDatabase(serverUrl: string, name: string): Promise<unknown> {
  return asServerAdmin(serverUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`));
}
