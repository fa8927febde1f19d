// @ts-check
/**
 * The README's start command on the embedded default: `npm start` with no DATABASE_URL, twice. Each time the demo
 * young person signs in through the portal, then Ctrl-C must stop everything with exit code 0. The second start
 * must reuse the first one's data rather than load the demo data again.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const API_PORT = "4200";
const PORT = "3200";
const portal = `http://127.0.0.1:${PORT}`;
const dataDir = await mkdtemp(path.join(tmpdir(), "my-review-smoke-"));
await chmod(dataDir, 0o755);

/** @type {string[]} */
const failures = [];
let passed = 0;
/** @param {string} what @param {boolean} ok */
function check(what, ok) {
  process.stdout.write(`${ok ? "ok  " : "FAIL"} ${what}\n`);
  if (ok) passed += 1;
  else failures.push(what);
}

/** Runs `npm start` in a process group of its own, as a terminal would, so Ctrl-C can reach the whole group. */
function npmStart() {
  const { DATABASE_URL: _machineDatabase, ...inherited } = process.env;
  const env = { ...inherited, API_PORT, PORT, MY_REVIEW_DATA_DIR: dataDir };
  const child = spawn("npm", ["start"], { cwd: root, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.on("exit", (code, signal) => resolve(code ?? signal)));
  const ready = new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      if (output.includes("My Review is running.")) {
        clearInterval(timer);
        resolve(undefined);
      }
    }, 100);
    void exited.then(() => {
      clearInterval(timer);
      reject(new Error(`npm start exited before it was ready:\n${output}`));
    });
    setTimeout(() => reject(new Error(`npm start was not ready in 3 minutes:\n${output}`)), 180_000).unref();
  });
  return { child, ready, exited, output: () => output };
}

async function demoYoungPersonSignsIn() {
  const body = new URLSearchParams({ username: "sam", passphrase: "sunny river kite 42" });
  const signIn = await fetch(`${portal}/sign-in`, { method: "POST", body, redirect: "manual" });
  const cookie = signIn.headers.get("set-cookie")?.split(";")[0] ?? "";
  const home = await fetch(`${portal}/`, { headers: { cookie } });
  return signIn.status === 302 && (await home.text()).includes("Hello Sam");
}

async function nothingListening() {
  const answers = await Promise.all([portal, `http://127.0.0.1:${API_PORT}/healthz`].map((url) => fetch(url).then(() => true, () => false)));
  return answers.every((answered) => !answered);
}

/** @param {ReturnType<typeof npmStart>} app */
async function pressCtrlC(app) {
  if (app.child.pid) process.kill(-app.child.pid, "SIGINT");
  const timeout = new Promise((resolve) => setTimeout(() => resolve("timed out"), 30_000));
  return Promise.race([app.exited, timeout]);
}

try {
  for (const run of ["first", "second"]) {
    const app = npmStart();
    await app.ready;
    check(`${run} start: the demo young person signs in and is greeted by name`, await demoYoungPersonSignsIn());
    const loadedDemoData = app.output().includes("demo data loaded");
    check(`${run} start: ${run === "first" ? "loads" : "does not load again"} the demo data`, loadedDemoData === (run === "first"));
    const exit = await pressCtrlC(app);
    check(`${run} start: Ctrl-C stops it (npm exit: ${exit})`, exit !== "timed out");
    check(`${run} start: the launcher stopped the API, the portal and the database`, app.output().includes("[my-review] Stopped."));
    if (process.env.SMOKE_VERBOSE) process.stdout.write(app.output());
    check(`${run} start: nothing listens on the API's or the portal's port any more`, await nothingListening());
    check(`${run} start: the embedded PostgreSQL has stopped`, !existsSync(path.join(dataDir, "postgres/cluster/postmaster.pid")));
  }
} catch (error) {
  failures.push(error instanceof Error ? error.message : String(error));
  process.stdout.write(`FAIL ${failures.at(-1)}\n`);
} finally {
  await rm(dataDir, { recursive: true, force: true });
}

process.stdout.write(`smoke: ${passed} passed, ${failures.length} failed\n`);
process.exit(failures.length === 0 ? 0 : 1);
