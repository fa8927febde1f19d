import type { ChildProcess } from "node:child_process";
import { Client } from "pg";

const state = globalThis as typeof globalThis & { myReviewApp?: ChildProcess; myReviewDatabase?: { serverUrl: string; name: string } };

export default async function globalTeardown(): Promise<void> {
  const app = state.myReviewApp;
  if (app && app.exitCode === null) {
    const exited = new Promise((resolve) => app.once("exit", resolve));
    app.kill("SIGTERM");
    await exited;
  }
  if (state.myReviewDatabase) {
    const admin = new Client({ connectionString: state.myReviewDatabase.serverUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${state.myReviewDatabase.name} WITH (FORCE)`);
    await admin.end();
  }
}
