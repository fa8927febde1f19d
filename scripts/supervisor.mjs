// @ts-check
/** What `npm start` and `npm run dev` share: the database, the portal's secret, and child processes stopped in order. */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startEmbeddedPostgres } from "./embedded-postgres.mjs";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const dataDir = path.resolve(process.env.MY_REVIEW_DATA_DIR ?? path.join(root, ".data"));
/** The demo data's build: its seed and the sign-ins the banner prints. */
const fixturesBuild = path.join(root, "api/dist-fixtures/api/fixtures");
const STOP_TIMEOUT_MS = 10_000;

/** @typedef {{ cwd: string, env: Record<string, string> }} ChildOptions */

/** @param {string} message */
export const say = (message) => process.stdout.write(`[my-review] ${message}\n`);

/**
 * A secret from its environment variable, or made once and kept in the data folder, so that it outlives a restart.
 * @param {string} variable
 * @param {string} fileName
 */
async function keptSecret(variable, fileName) {
  if (process.env[variable]) return process.env[variable];
  const file = path.join(dataDir, fileName);
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  const secret = randomBytes(32).toString("base64url");
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/** The portal's cookie secret: from SESSION_SECRET, or made once and kept in the data folder. */
export const sessionSecret = () => keptSecret("SESSION_SECRET", "session-secret");

/** The API's key for the tokens it shows again (ADR 014): from TOKEN_KEY, or made once and kept in the data folder. */
export const tokenKey = () => keptSecret("TOKEN_KEY", "token-key");

/**
 * @param {string} url
 * @param {import("node:child_process").ChildProcess} child
 */
export async function waitUntilAnswering(url, child) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url} will not answer: its process exited with ${child.exitCode}`);
    try {
      const response = await fetch(url, { redirect: "manual" });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within a minute`);
}

/** @param {import("node:child_process").ChildProcess} child */
function stopChild(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), STOP_TIMEOUT_MS);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve(undefined);
    });
    child.kill("SIGTERM");
  });
}

/**
 * Runs child processes and a database until Ctrl-C or SIGTERM, then stops the children first and the database last.
 * If a child dies on its own, everything stops and the exit code says so.
 */
export function createSupervisor() {
  /** @type {import("node:child_process").ChildProcess[]} */
  const children = [];
  /** @type {{ stop: () => Promise<void> } | undefined} */
  let embedded;
  let stopping = false;

  /** @param {number} code */
  const stopAll = async (code) => {
    if (stopping) return;
    stopping = true;
    say("Stopping…");
    await Promise.all(children.map(stopChild));
    await embedded?.stop();
    say("Stopped.");
    process.exit(code);
  };
  process.on("SIGINT", () => void stopAll(0));
  process.on("SIGTERM", () => void stopAll(0));

  /** A child that Ctrl-C stops with the rest. @param {string} command @param {string[]} args @param {ChildOptions} options */
  const spawnChild = (command, args, { cwd, env }) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "inherit", "inherit"] });
    children.push(child);
    return child;
  };

  return {
    stopAll,
    /** Whether the database is the embedded one this process started. */
    get embedded() {
      return embedded !== undefined;
    },
    /** DATABASE_URL when set; otherwise the embedded PostgreSQL in the data folder, started now. */
    async databaseUrl() {
      if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
      const postgresDir = path.join(dataDir, "postgres");
      say(`No DATABASE_URL: starting the embedded PostgreSQL in ${path.relative(process.cwd(), postgresDir) || postgresDir}`);
      const server = await startEmbeddedPostgres({ dataDir: postgresDir, database: "my_review" });
      embedded = server;
      return server.databaseUrl;
    },
    /** @param {string} name @param {string} command @param {string[]} args @param {ChildOptions} options */
    run(name, command, args, options) {
      const child = spawnChild(command, args, options);
      child.on("exit", (code, signal) => {
        if (!stopping) {
          say(`The ${name} stopped unexpectedly (${signal ?? `exit code ${code}`}).`);
          void stopAll(1);
        }
      });
      return child;
    },
    /**
     * Loads the demo data (the seed: migrations, then the demo people into a database with no accounts) when DEMO_DATA
     * is on-empty. It is by default on the embedded database, and never goes into one named by DATABASE_URL unless
     * asked for. Call it after databaseUrl().
     * @param {string} databaseUrl
     */
    async loadDemoData(databaseUrl) {
      const demoData = process.env.DEMO_DATA ?? (embedded ? "on-empty" : "off");
      if (demoData !== "on-empty" && demoData !== "off") throw new Error(`Configuration error: DEMO_DATA must be on-empty or off, not "${demoData}"`);
      if (demoData === "off") return;
      const seed = spawnChild(process.execPath, [path.join(fixturesBuild, "seed-cli.js")], { cwd: root, env: { DATABASE_URL: databaseUrl } });
      const [code, signal] = await once(seed, "exit");
      if (code !== 0) throw new Error(`the demo data did not load (${signal ?? `exit code ${code}`})`);
    },
  };
}

/** Prints where everything is and the demo sign-ins, from the demo data's build. @param {string} portalUrl @param {string} apiUrl */
export async function printBanner(portalUrl, apiUrl) {
  const { DEMO_SIGN_INS } = await import(path.join(fixturesBuild, "demo-sign-ins.js"));
  say("");
  say("My Review is running.");
  say(`  Portal:  ${portalUrl}`);
  say(`  API:     ${apiUrl}`);
  say("  Demo sign-ins:");
  for (const demo of /** @type {{ who: string, username: string, passphrase: string }[]} */ (DEMO_SIGN_INS)) {
    say(`    ${demo.who}: username "${demo.username}", passphrase "${demo.passphrase}"`);
  }
  say("Press Ctrl-C to stop.");
}
