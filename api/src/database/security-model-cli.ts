import "reflect-metadata";
import { randomBytes } from "node:crypto";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { repositoryRoot } from "../config/repository-root";
import { createDataSource } from "./data-source";
import { readSecurityModel, SECURITY_MODEL_FILE } from "./security-model";
import { createMigratedDatabase, dropDatabase, startEmbeddedInTemporaryFolder } from "./throwaway-postgres";

/**
 * `npm run security:snapshot`: migrates a throwaway database on DATABASE_URL's server (or on an embedded PostgreSQL
 * when it is unset), writes its security model to docs/security-model.sql, and drops it again. DATABASE_URL's own
 * database is never touched.
 */
async function main(): Promise<void> {
  const embedded = process.env.DATABASE_URL ? null : await startEmbeddedInTemporaryFolder();
  const serverUrl = process.env.DATABASE_URL ?? embedded!.databaseUrl;
  const name = `my_review_security_model_${randomBytes(6).toString("hex")}`;
  try {
    const db = createDataSource({ url: await createMigratedDatabase(serverUrl, name), poolSize: 1 });
    await db.initialize();
    try {
      const model = await readSecurityModel(db);
      await writeFile(SECURITY_MODEL_FILE, model);
      console.log(`Wrote ${path.relative(repositoryRoot(), SECURITY_MODEL_FILE)} (${model.split("\n").length - 1} lines).`);
    } finally {
      await db.destroy();
    }
  } finally {
    await dropDatabase(serverUrl, name);
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
