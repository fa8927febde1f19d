import type { ChildProcess } from "node:child_process";
import { rm } from "node:fs/promises";
import { Client } from "pg";

const state = globalThis as typeof globalThis & {
  myReviewApp?: ChildProcess;
  myReviewDataDir?: string;
  myReviewDatabase?: { serverUrl: string; name: string };
};

export default async function globalTeardown(): Promise<void> {
  const app = state.myReviewApp;
  if (app && app.exitCode === null) {
    const exited = new Promise((resolve) => app.once("exit", resolve));
    app.kill("SIGTERM");
    await exited;
  }
  if (state.myReviewDataDir) await rm(state.myReviewDataDir, { recursive: true, force: true });
  if (state.myReviewDatabase) {
    const admin = new Client({ connectionString: state.myReviewDatabase.serverUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${state.myReviewDatabase.name} WITH (FORCE)`);
    await admin.end();
  }
}
