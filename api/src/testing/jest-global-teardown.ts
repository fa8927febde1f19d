import { dropDatabase, type EmbeddedServer } from "../database/throwaway-postgres";
import { TEST_ADMIN_URL_VARIABLE } from "./test-database-names";

const state = globalThis as typeof globalThis & { myReviewEmbedded?: EmbeddedServer; myReviewTemplate?: string };

export default async function globalTeardown(): Promise<void> {
  const serverUrl = process.env[TEST_ADMIN_URL_VARIABLE];
  if (serverUrl && state.myReviewTemplate) await dropDatabase(serverUrl, state.myReviewTemplate);
  await state.myReviewEmbedded?.stop();
}
