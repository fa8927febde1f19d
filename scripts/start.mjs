// @ts-check
/**
 * `npm start`: runs My Review as in production, the API on API_PORT (4000) and the portal on PORT (3000).
 * With no DATABASE_URL it starts an embedded PostgreSQL whose data stays in .data/ between runs.
 * Ctrl-C (or SIGTERM) stops the portal and the API, then the database.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startEmbeddedPostgres } from "./embedded-postgres.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dataDir = path.resolve(process.env.MY_REVIEW_DATA_DIR ?? path.join(root, ".data"));
const apiPort = process.env.API_PORT ?? "4000";
const portalPort = process.env.PORT ?? "3000";
const portalHost = process.env.PORTAL_HOST ?? "127.0.0.1";
const STOP_TIMEOUT_MS = 10_000;

/** @param {string} message */
const say = (message) => process.stdout.write(`[my-review] ${message}\n`);

/** The portal's cookie secret: from SESSION_SECRET, or made once and kept in the data folder. */
async function sessionSecret() {
  if (process.env.SESSION_SECRET) return process.env.SESSION_SECRET;
  const file = path.join(dataDir, "session-secret");
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  const secret = randomBytes(32).toString("base64url");
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/**
 * @param {string} url
 * @param {import("node:child_process").ChildProcess} child
 */
async function waitUntilAnswering(url, child) {
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

async function main() {
  /** @type {{ stop: () => Promise<void> } | undefined} */
  let embedded;
  /** @type {import("node:child_process").ChildProcess[]} */
  const children = [];
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

  try {
    let databaseUrl = process.env.DATABASE_URL;
    if (!databaseUrl) {
      const postgresDir = path.join(dataDir, "postgres");
      say(`No DATABASE_URL: starting the embedded PostgreSQL in ${path.relative(process.cwd(), postgresDir) || postgresDir}`);
      const server = await startEmbeddedPostgres({ dataDir: postgresDir, database: "my_review" });
      embedded = server;
      databaseUrl = server.databaseUrl;
    }

    /** @param {string} name @param {string[]} args @param {Record<string, string>} env @param {string} cwd */
    const run = (name, args, env, cwd) => {
      const child = spawn(process.execPath, args, { cwd, env: { ...process.env, ...env, NODE_ENV: "production" }, stdio: ["ignore", "inherit", "inherit"] });
      child.on("exit", (code, signal) => {
        if (!stopping) {
          say(`The ${name} stopped unexpectedly (${signal ?? `exit code ${code}`}).`);
          void stopAll(1);
        }
      });
      children.push(child);
      return child;
    };

    const api = run("API", [path.join(root, "api/dist/api/src/main.js")], { DATABASE_URL: databaseUrl, API_PORT: apiPort, DEMO_DATA: process.env.DEMO_DATA ?? "on-empty" }, root);
    await waitUntilAnswering(`http://127.0.0.1:${apiPort}/readyz`, api);

    const portalDir = path.join(root, "portal");
    const portal = run(
      "portal",
      [path.join(portalDir, "server.js")],
      { PORT: portalPort, HOST: portalHost, API_URL: `http://127.0.0.1:${apiPort}/graphql`, SESSION_SECRET: await sessionSecret() },
      portalDir,
    );
    await waitUntilAnswering(`http://127.0.0.1:${portalPort}/sign-in`, portal);

    const { DEMO_SIGN_INS } = await import(path.join(root, "api/dist/api/src/demo/demo-sign-ins.js"));
    say("");
    say(`My Review is running.`);
    say(`  Portal:  http://localhost:${portalPort}`);
    say(`  API:     http://localhost:${apiPort}/graphql`);
    say("  Demo sign-ins:");
    for (const demo of /** @type {{ who: string, username: string, passphrase: string }[]} */ (DEMO_SIGN_INS)) {
      say(`    ${demo.who}: username "${demo.username}", passphrase "${demo.passphrase}"`);
    }
    say("Press Ctrl-C to stop.");
  } catch (error) {
    say(`Could not start: ${error instanceof Error ? error.message : String(error)}`);
    await stopAll(1);
  }
}

await main();
