import "reflect-metadata";
import { loadConfig } from "../config/config";
import { createDataSource } from "../database/data-source";
import { loadDemoDataIfEmpty } from "./demo-data";

/** `npm run seed -w api`: migrates the database named by DATABASE_URL and loads the demo data if it has none. */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const db = createDataSource({ url: config.databaseUrl, statementTimeoutMs: config.statementTimeoutMs });
  await db.initialize();
  try {
    await db.runMigrations();
    console.log((await loadDemoDataIfEmpty(db)) ? "The database had no accounts: demo data loaded." : "The database already has accounts: nothing loaded.");
  } finally {
    await db.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
