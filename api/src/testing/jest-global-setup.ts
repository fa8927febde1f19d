import { createMigratedDatabase, startEmbeddedInTemporaryFolder, type EmbeddedServer } from "../database/throwaway-postgres";
import { TEST_ADMIN_URL_VARIABLE, TEST_TEMPLATE_VARIABLE } from "./test-database-names";

const state = globalThis as typeof globalThis & { myReviewEmbedded?: EmbeddedServer; myReviewTemplate?: string };

/**
 * Tests use the PostgreSQL named by DATABASE_URL, or an embedded one when it is unset. The migrations run once into
 * a template database; each test file then gets its own copy of it (see test-database.ts).
 */
export default async function globalSetup(): Promise<void> {
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    state.myReviewEmbedded = await startEmbeddedInTemporaryFolder();
    serverUrl = state.myReviewEmbedded.databaseUrl;
  }
  const template = `my_review_template_${process.pid}`;
  await createMigratedDatabase(serverUrl, template);

  state.myReviewTemplate = template;
  process.env[TEST_ADMIN_URL_VARIABLE] = serverUrl;
  process.env[TEST_TEMPLATE_VARIABLE] = template;
}
