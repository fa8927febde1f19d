// @ts-check
/**
 * `npm run test:faults`: the API under faults, as a process, against a PostgreSQL of its own (never the machine's).
 *
 * (a) Two hundred young people send their views at once; the API is killed (SIGKILL) in the middle and started
 *     again. Every submission the API acknowledged is stored exactly once, and sending every key again (acknowledged
 *     or not) stores nothing more than one version per key.
 * (b) PostgreSQL is stopped under the running API: requests are answered 503 SERVICE_UNAVAILABLE with Retry-After,
 *     each failure writes one error line with its request id, and /readyz says not ready. PostgreSQL is started again
 *     and the API recovers by itself, without a restart.
 *
 * It needs the built API (`npm run build -w api`, which `npm run test:faults` runs first). Every wait polls, with a
 * generous bound, so a loaded machine is slow rather than wrong. FAULTS_API_PORT and FAULTS_PG_PORT pin the ports.
 */
import { spawn } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { findFreePort, startEmbeddedPostgres } from "./embedded-postgres.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const API_MAIN = path.join(root, "api/dist/api/src/main.js");
const FIXTURES = path.join(root, "api/dist-fixtures/api");
const SUBMISSIONS = 200;
// The API is killed once this many submissions are acknowledged: the rest are in flight or not yet sent.
const KILL_AFTER_ACKNOWLEDGED = 40;
const PASSPHRASE = "faults under load 7";
const started = Date.now();

/**
 * What the script uses of the built fixtures (CommonJS, with the decorator metadata TypeORM needs).
 * @typedef {{ getRepository: (entity: unknown) => { insert: (row: Record<string, unknown>) => Promise<unknown> } }} Manager
 * @typedef {{ query: (sql: string, parameters?: unknown[]) => Promise<any[]>, initialize: () => Promise<unknown>, destroy: () => Promise<void>, manager: Manager }} Db
 * @typedef {{ youngPerson: () => Promise<{ id: string, person: { localAuthorityId: string } }>,
 *   review: (values: { youngPersonId: string, scheduledFor: Date }) => Promise<{ id: string, youngPersonId: string }>,
 *   viewsDraft: (review: { id: string, youngPersonId: string }, values: Record<string, unknown>) => Promise<unknown> }} Factories
 */

const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

/** @param {boolean} condition @param {string} message @returns {asserts condition} */
function check(condition, message) {
  if (!condition) throw new Error(message);
  console.log(`  ok  ${message} (${elapsed()})`);
}

/**
 * @template T
 * @param {string} what @param {() => Promise<T | undefined | null | false>} attempt @param {number} [timeoutMs]
 * @returns {Promise<T>}
 */
async function poll(what, attempt, timeoutMs = 90_000) {
  const givesUpAt = Date.now() + timeoutMs;
  for (;;) {
    const value = await attempt().catch(() => undefined);
    if (value) return value;
    if (Date.now() > givesUpAt) throw new Error(`Gave up after ${timeoutMs / 1000} s waiting until ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * @template T, R
 * @param {T[]} items @param {number} atOnce @param {(item: T) => Promise<R>} work
 * @returns {Promise<R[]>}
 */
async function inBatches(items, atOnce, work) {
  /** @type {R[]} */
  const results = [];
  for (let start = 0; start < items.length; start += atOnce) results.push(...(await Promise.all(items.slice(start, start + atOnce).map(work))));
  return results;
}

const apiPort = Number(process.env.FAULTS_API_PORT) || (await findFreePort());
const pgPort = Number(process.env.FAULTS_PG_PORT) || (await findFreePort());
const apiUrl = `http://127.0.0.1:${apiPort}`;
const dataDir = await mkdtemp(path.join(tmpdir(), "my-review-faults-"));

/** @type {Record<string, unknown>[]} every JSON line any run of the API wrote */
const logLines = [];

/** @typedef {{ status: number, retryAfter: string | null, requestId: string | null, body: any } | { status: 0, error: string }} Answer */

/** @param {string} query @param {Record<string, unknown>} [variables] @param {string} [token] @returns {Promise<Answer>} */
async function graphql(query, variables = {}, token) {
  try {
    const response = await fetch(`${apiUrl}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(120_000),
    });
    return { status: response.status, retryAfter: response.headers.get("retry-after"), requestId: response.headers.get("x-request-id"), body: await response.json() };
  } catch (error) {
    return { status: 0, error: String(error) };
  }
}

/** @param {string} databaseUrl */
async function startApi(databaseUrl) {
  const child = spawn(process.execPath, [API_MAIN], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      API_PORT: String(apiPort),
      API_HOST: "127.0.0.1",
      TOKEN_KEY: randomBytes(32).toString("base64url"),
      LOG_LEVEL: "info",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  createInterface({ input: /** @type {import("node:stream").Readable} */ (child.stdout) }).on("line", (line) => {
    try {
      logLines.push({ ...JSON.parse(line), pid: child.pid });
    } catch {
      console.log(`  api: ${line}`);
    }
  });
  await poll("the API is ready", async () => {
    if (child.exitCode !== null) throw new Error(`The API stopped at start (exit ${child.exitCode}).`);
    return (await fetch(`${apiUrl}/readyz`)).ok;
  });
  return child;
}

/** @param {import("node:child_process").ChildProcess} child @param {NodeJS.Signals} signal */
function stopApi(child, signal) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve(undefined);
    child.once("exit", resolve);
    child.kill(signal);
  });
}

/** @param {string | null} requestId */
const errorLinesOf = (requestId) => logLines.filter((line) => line.requestId === requestId && Number(line.level) >= 50);

/** @param {Answer} answer */
const isUnavailable = (answer) =>
  answer.status === 503 && answer.retryAfter !== null && Number(answer.retryAfter) > 0 && answer.body?.errors?.[0]?.extensions?.code === "SERVICE_UNAVAILABLE";

/** @param {Db} db @param {string[]} keys @returns {Promise<Map<string, number>>} how many versions each key stored */
async function storedPerKey(db, keys) {
  const rows = await db.query("SELECT submission_key AS key, count(*)::int AS stored FROM views_version WHERE submission_key = ANY($1) GROUP BY 1", [keys]);
  return new Map(rows.map((row) => [String(row.key), Number(row.stored)]));
}

const SUBMIT = "mutation ($input: SubmitViewsInput!) { submitViews(input: $input) { number submittedAt } }";

if (!existsSync(API_MAIN) || !existsSync(FIXTURES)) {
  console.error("The built API is missing: run `npm run build -w api` first (`npm run test:faults` does).");
  process.exit(1);
}

let pg = await startEmbeddedPostgres({ dataDir, database: "my_review_faults", port: pgPort });
/** @type {import("node:child_process").ChildProcess | undefined} */
let api;
/** @type {Db | undefined} */
let owner;
let failed = false;
try {
  api = await startApi(pg.databaseUrl);
  const require = createRequire(import.meta.url);
  const { createDataSource } = require(path.join(FIXTURES, "src/database/data-source.js"));
  const { Factories } = require(path.join(FIXTURES, "fixtures/factories.js"));
  const { Account } = require(path.join(FIXTURES, "src/accounts/account.entity.js"));
  const { hashPassphrase } = require(path.join(FIXTURES, "src/accounts/passphrase.js"));
  const db = /** @type {Db} */ (createDataSource({ url: pg.databaseUrl, poolSize: 4 }));
  owner = db;
  await db.initialize();
  /** @type {Factories} */
  const make = new Factories(db.manager);
  // One hash for everyone: hashing two hundred passphrases would take longer than the rest of the setup.
  const passphraseHash = await hashPassphrase(PASSPHRASE);

  console.log(`\n(a) ${SUBMISSIONS} young people send their views at once; the API is killed in the middle`);
  const people = await inBatches(Array.from({ length: SUBMISSIONS }, (_, index) => index), 8, async (index) => {
    const username = `faults.${index}`;
    const youngPerson = await make.youngPerson();
    await db.manager.getRepository(Account).insert({ personId: youngPerson.id, localAuthorityId: youngPerson.person.localAuthorityId, role: "YOUNG_PERSON", username, passphraseHash });
    const review = await make.review({ youngPersonId: youngPerson.id, scheduledFor: new Date(Date.now() + 30 * 86_400_000) });
    await make.viewsDraft(review, { goingWell: `Football on Saturdays, says number ${index}`, audience: "IRO_ONLY" });
    return { username, reviewId: review.id };
  });
  const signedIn = await inBatches(people, 10, async (person) => {
    const answer = await graphql("mutation ($i: SignInInput!) { signIn(input: $i) { ... on SignedIn { token } } }", { i: { username: person.username, passphrase: PASSPHRASE } });
    const token = answer.status === 200 ? answer.body?.data?.signIn?.token : undefined;
    if (!token) throw new Error(`${person.username} could not sign in: ${JSON.stringify(answer)}`);
    return { ...person, token, key: randomUUID() };
  });
  console.log(`  ${signedIn.length} young people signed in, each with a draft to send (${elapsed()})`);

  const apiBeforeKill = api;
  let acknowledged = 0;
  /** @type {() => void} */
  let killNow = () => undefined;
  const enoughAcknowledged = new Promise((resolve) => (killNow = () => resolve(undefined)));
  const sending = Promise.all(
    signedIn.map(async (person) => {
      const answer = await graphql(SUBMIT, { input: { reviewId: person.reviewId, submissionKey: person.key } }, person.token);
      const version = answer.status === 200 ? answer.body?.data?.submitViews : undefined;
      if (version && (acknowledged += 1) >= KILL_AFTER_ACKNOWLEDGED) killNow();
      return { ...person, version };
    }),
  );
  await Promise.race([enoughAcknowledged, sending]);
  await stopApi(apiBeforeKill, "SIGKILL");
  const sent = await sending;
  const acked = sent.filter((submission) => submission.version);
  console.log(`  the API was killed with ${acked.length} of ${SUBMISSIONS} submissions acknowledged`);
  check(acked.length > 0 && acked.length < SUBMISSIONS, "the kill came in the middle: some submissions were acknowledged and some were not");

  api = await startApi(pg.databaseUrl);
  const keys = sent.map((submission) => submission.key);
  const afterRestart = await storedPerKey(db, keys);
  check(acked.every((submission) => afterRestart.get(submission.key) === 1), "every acknowledged submission is stored exactly once");
  check([...afterRestart.values()].every((stored) => stored === 1), "no key is stored more than once");
  const lostInFlight = keys.filter((key) => !afterRestart.has(key)).length;
  console.log(`  ${afterRestart.size - acked.length} stored without an answer reaching the client, ${lostInFlight} not stored`);

  const replayed = await Promise.all(sent.map((submission) => graphql(SUBMIT, { input: { reviewId: submission.reviewId, submissionKey: submission.key } }, submission.token)));
  check(replayed.every((answer) => answer.status === 200 && answer.body?.data?.submitViews), "every key sent again is acknowledged");
  const answersAgainAlike = acked.every((submission) => {
    const again = replayed[sent.indexOf(submission)];
    return again?.status === 200 && JSON.stringify(again.body.data.submitViews) === JSON.stringify(submission.version);
  });
  check(answersAgainAlike, "a key acknowledged before the kill answers with the same version again");
  const afterReplay = await storedPerKey(db, keys);
  const [{ total }] = await db.query("SELECT count(*)::int AS total FROM views_version");
  check(keys.every((key) => afterReplay.get(key) === 1) && total === SUBMISSIONS, `sending every key again stores one version per key, ${SUBMISSIONS} in all`);

  console.log("\n(b) PostgreSQL stops under the running API, then starts again");
  const [first] = signedIn;
  if (!first) throw new Error("Nobody signed in.");
  const runningApi = api;
  await db.destroy();
  owner = undefined;
  await pg.stop();
  const whileAway = [
    await graphql("{ me { firstName } }", {}, first.token),
    await graphql("{ me { firstName } }"),
    await graphql("mutation ($i: SignInInput!) { signIn(input: $i) { __typename } }", { i: { username: first.username, passphrase: PASSPHRASE } }),
  ];
  check(whileAway.every(isUnavailable), "signed in or not, requests are answered 503 SERVICE_UNAVAILABLE with Retry-After");
  check((await fetch(`${apiUrl}/readyz`)).status === 503, "/readyz says not ready");
  const ids = whileAway.map((answer) => ("requestId" in answer ? answer.requestId : null));
  await poll("each failed request's error line is written", async () => ids.every((id) => errorLinesOf(id).length > 0));

  pg = await startEmbeddedPostgres({ dataDir, database: "my_review_faults", port: pgPort });
  const back = await poll("the API answers again", async () => {
    const answer = await graphql("{ me { firstName } }", {}, first.token);
    return answer.status === 200 && answer.body?.data?.me ? answer : undefined;
  });
  check(back.status === 200 && runningApi.exitCode === null && runningApi === api, "the API recovers by itself once PostgreSQL is back, without a restart");
  check((await fetch(`${apiUrl}/readyz`)).ok, "/readyz says ready again");
  check(ids.every((id) => errorLinesOf(id).length === 1), "each request that failed wrote exactly one error line, with its request id");
} catch (error) {
  failed = true;
  console.error(`\nFAILED: ${error instanceof Error ? error.message : error}`);
} finally {
  if (api) await stopApi(api, "SIGTERM");
  await owner?.destroy().catch(() => undefined);
  await pg.stop().catch(() => undefined);
  await rm(dataDir, { recursive: true, force: true });
}
console.log(`\nfault tests ${failed ? "FAILED" : "passed"} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(failed ? 1 : 0);
