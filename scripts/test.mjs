// @ts-check
/**
 * `npm test`: the whole suite. Typecheck, lint, generated-code drift and the portal's jest suite side by side (none
 * needs the database, and each is mostly one core's work), then the API's jest suite (PostgreSQL), the production
 * build, then the fault tests and the browser tests against it, side by side too (each waits on processes it starts
 * more than it computes). A step run beside others has its output held and printed whole when it ends. Every step
 * runs even when one before it failed (the fault and browser tests only when the build passed), and the end says
 * which failed and how long each took.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const jest = path.join(root, "node_modules/jest/bin/jest.js");
const reports = await mkdtemp(path.join(tmpdir(), "my-review-test-"));

if (!existsSync(chromium)) {
  console.error(`Chromium is missing (${chromium}); the browser tests need it. Install it with:\n  apt-get install -y chromium`);
  process.exit(1);
}

/**
 * @param {string} command @param {string[]} args @param {string} cwd
 * @param {((text: string) => void) | null} [hold] where the output goes when it is held rather than shown as it comes
 * @returns {Promise<boolean>}
 */
function run(command, args, cwd = root, hold = null) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, stdio: hold ? ["ignore", "pipe", "pipe"] : "inherit", env: process.env });
    child.stdout?.on("data", (chunk) => hold?.(chunk.toString()));
    child.stderr?.on("data", (chunk) => hold?.(chunk.toString()));
    child.on("exit", (code) => resolve(code === 0));
  });
}

/** @type {{ passed: number, failed: number }} */
const counts = { passed: 0, failed: 0 };

/** @param {string} workspace @param {string[]} extra @param {((text: string) => void) | null} hold */
async function runJest(workspace, extra, hold) {
  const report = path.join(reports, `${workspace}.json`);
  const ok = await run(process.execPath, [jest, "--ci", "--json", `--outputFile=${report}`, ...extra], path.join(root, workspace), hold);
  const result = JSON.parse(await readFile(report, "utf8").catch(() => "{}"));
  counts.passed += result.numPassedTests ?? 0;
  counts.failed += result.numFailedTests ?? 0;
  // A suite that failed to load has no failed test to count, but it did fail.
  if (!ok && !result.numFailedTests) counts.failed += 1;
  return ok;
}

/** @typedef {{ name: string, jest?: boolean, needsBuild?: boolean, run: (hold: ((text: string) => void) | null) => Promise<boolean> }} Step */

/** Steps in each inner list run side by side; the lists run one after another. @type {Step[][]} */
const stages = [
  [
    { name: "typecheck", run: (hold) => run("npm", ["run", "--silent", "typecheck"], root, hold) },
    { name: "lint", run: (hold) => run("npm", ["run", "--silent", "lint"], root, hold) },
    { name: "generated GraphQL types", run: (hold) => run(process.execPath, [path.join(root, "scripts/check-generated.mjs")], root, hold) },
    { name: "portal tests (jest)", jest: true, run: (hold) => runJest("portal", [], hold) },
  ],
  [{ name: "API tests (jest, PostgreSQL)", jest: true, run: (hold) => runJest("api", [], hold) }],
  [{ name: "production build", run: (hold) => run("npm", ["run", "--silent", "build"], root, hold) }],
  [
    { name: "fault tests (API killed, PostgreSQL stopped)", needsBuild: true, run: (hold) => run(process.execPath, [path.join(root, "scripts/test-faults.mjs")], root, hold) },
    { name: "browser tests (Chromium, production build)", jest: true, needsBuild: true, run: (hold) => runJest("e2e", ["--runInBand"], hold) },
  ],
];

const suiteStarted = Date.now();
/** @type {[string, boolean | "skipped", number][]} */
const outcomes = [];
for (const stage of stages) {
  const buildFailed = outcomes.some(([done, ok]) => done === "production build" && ok !== true);
  const together = stage.length > 1;
  await Promise.all(
    stage.map(async (step) => {
      if (step.needsBuild && buildFailed) {
        outcomes.push([step.name, "skipped", 0]);
        counts.failed += 1;
        return;
      }
      let held = "";
      if (!together) process.stdout.write(`\n=== ${step.name} ===\n`);
      const started = Date.now();
      const ok = await step.run(together ? (text) => (held += text) : null);
      if (together) process.stdout.write(`\n=== ${step.name} ===\n${held}`);
      outcomes.push([step.name, ok, Date.now() - started]);
      // A check that is not a jest suite (typecheck, lint, drift, build) counts as one failure when it fails.
      if (!ok && !step.jest) counts.failed += 1;
    }),
  );
}

process.stdout.write("\n=== summary ===\n");
for (const [name, ok, ms] of outcomes) {
  process.stdout.write(`${ok === true ? "ok    " : ok === "skipped" ? "SKIP  " : "FAIL  "} ${name}${ok === "skipped" ? "" : ` (${Math.round(ms / 1000)} s)`}\n`);
}
const allOk = outcomes.every(([, ok]) => ok === true);
process.stdout.write(`\ntests: ${counts.passed} passed, ${counts.failed} failed, in ${Math.round((Date.now() - suiteStarted) / 1000)} s\n`);
await rm(reports, { recursive: true, force: true });
process.exit(allOk ? 0 : 1);
