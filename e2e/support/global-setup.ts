import { spawn, type ChildProcess } from "node:child_process";
import { chmod, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client } from "pg";
import { API_URL_VARIABLE, PORTAL_URL_VARIABLE } from "./app-under-test";
import { assertChromiumInstalled } from "./chromium";

const root = path.resolve(__dirname, "../..");
const API_PORT = process.env.E2E_API_PORT ?? "4100";
const PORTAL_PORT = process.env.E2E_PORTAL_PORT ?? "3100";
const state = globalThis as typeof globalThis & {
  myReviewApp?: ChildProcess;
  myReviewDataDir?: string;
  myReviewDatabase?: { serverUrl: string; name: string };
};

/** With DATABASE_URL, a fresh database on that server; without it, the app's own embedded PostgreSQL. */
async function freshDatabaseUrl(): Promise<string | undefined> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) return undefined;
  const name = `my_review_e2e_${process.pid}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  state.myReviewDatabase = { serverUrl, name };
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

function waitForBanner(app: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error(`The app did not start within 90 s:\n${output}`)), 90_000);
    app.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("My Review is running.")) {
        clearTimeout(timer);
        resolve();
      }
    });
    app.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    app.on("exit", (code) => reject(new Error(`The app exited (${code}) before it was ready:\n${output}`)));
  });
}

/** A fresh data folder that the embedded PostgreSQL's own user can enter when the tests run as root. */
async function freshDataDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "my-review-e2e-"));
  await chmod(dir, 0o755);
  state.myReviewDataDir = dir;
  return dir;
}

/** Starts the production build the way the README does (`node scripts/start.mjs`, after `npm run build`). */
export default async function globalSetup(): Promise<void> {
  assertChromiumInstalled();
  const databaseUrl = await freshDatabaseUrl();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    API_PORT,
    PORT: PORTAL_PORT,
    MY_REVIEW_DATA_DIR: await freshDataDir(),
    LOG_LEVEL: "warn",
    // The tests sign in as the demo people, whichever database they run on.
    DEMO_DATA: "on-empty",
  };
  delete env.DATABASE_URL;
  if (databaseUrl) env.DATABASE_URL = databaseUrl;

  const app = spawn(process.execPath, [path.join(root, "scripts/start.mjs")], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
  state.myReviewApp = app;
  await waitForBanner(app);
  process.env[PORTAL_URL_VARIABLE] = `http://localhost:${PORTAL_PORT}`;
  process.env[API_URL_VARIABLE] = `http://127.0.0.1:${API_PORT}/graphql`;
}
