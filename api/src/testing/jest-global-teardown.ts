import { rm } from "node:fs/promises";
import { Client } from "pg";
import { quoteIdentifier, TEST_ADMIN_URL_VARIABLE } from "./test-database-names";

const state = globalThis as typeof globalThis & {
  myReviewEmbedded?: { stop: () => Promise<void>; dataDir: string };
  myReviewTemplate?: string;
};

export default async function globalTeardown(): Promise<void> {
  const serverUrl = process.env[TEST_ADMIN_URL_VARIABLE];
  if (serverUrl && state.myReviewTemplate) {
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(state.myReviewTemplate)} WITH (FORCE)`);
    await admin.end();
  }
  if (state.myReviewEmbedded) {
    await state.myReviewEmbedded.stop();
    await rm(state.myReviewEmbedded.dataDir, { recursive: true, force: true });
  }
}
