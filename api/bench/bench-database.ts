import { randomBytes } from "node:crypto";
import type { DataSource } from "typeorm";
import { Factories } from "../fixtures/factories";
import { API_DATABASE_ROLE, createDataSource } from "../src/database/data-source";
import { createMigratedDatabase, dropDatabase, startEmbeddedInTemporaryFolder } from "../src/database/throwaway-postgres";

export type BenchDatabase = Readonly<{
  url: string;
  /** As the login user, which owns the tables: for making the data. */
  owner: DataSource;
  /** As the API's role, under row-level security: for the hand-written baselines. */
  asApi: DataSource;
  make: Factories;
  drop: () => Promise<void>;
}>;

export type BenchServer = Readonly<{ serverUrl: string; stop: () => Promise<void> }>;

/** The server named by DATABASE_URL, or, with none, an embedded PostgreSQL started for this run alone. */
export async function benchServer(): Promise<BenchServer> {
  const named = process.env.DATABASE_URL;
  if (named) return { serverUrl: named, stop: async () => undefined };
  const embedded = await startEmbeddedInTemporaryFolder();
  return { serverUrl: embedded.databaseUrl, stop: embedded.stop };
}

/** A migrated database of the benchmark's own, dropped when it is done. */
export async function benchDatabase(server: BenchServer, purpose: string): Promise<BenchDatabase> {
  const name = `my_review_bench_${purpose}_${randomBytes(4).toString("hex")}`;
  const url = await createMigratedDatabase(server.serverUrl, name);
  const owner = createDataSource({ url, poolSize: 4 });
  const asApi = createDataSource({ url, poolSize: 12, role: API_DATABASE_ROLE });
  await Promise.all([owner.initialize(), asApi.initialize()]);
  return {
    url,
    owner,
    asApi,
    make: new Factories(owner.manager),
    drop: async () => {
      await Promise.all([owner.destroy(), asApi.destroy()]);
      await dropDatabase(server.serverUrl, name);
    },
  };
}
