// @ts-check
/**
 * `npm test`: the whole suite. Typecheck, lint, generated-code drift, the API's and the portal's jest suites,
 * the production build, then the fault tests and the browser tests against it. Every step runs even when one before
 * it failed (the fault and browser tests only when the build passed), and the end says which failed.
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

/** @param {string} command @param {string[]} args @param {string} cwd @returns {Promise<boolean>} */
function run(command, args, cwd = root) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, stdio: "inherit", env: process.env });
    child.on("exit", (code) => resolve(code === 0));
  });
}

/** @type {{ passed: number, failed: number }} */
const counts = { passed: 0, failed: 0 };

/** @param {string} workspace @param {string[]} extra */
async function runJest(workspace, extra = []) {
  const report = path.join(reports, `${workspace}.json`);
  const ok = await run(process.execPath, [jest, "--ci", "--json", `--outputFile=${report}`, ...extra], path.join(root, workspace));
  const result = JSON.parse(await readFile(report, "utf8").catch(() => "{}"));
  counts.passed += result.numPassedTests ?? 0;
  counts.failed += result.numFailedTests ?? 0;
  // A suite that failed to load has no failed test to count, but it did fail.
  if (!ok && !result.numFailedTests) counts.failed += 1;
  return ok;
}

const JEST_STEPS = new Set(["API tests (jest, PostgreSQL)", "portal tests (jest)", "browser tests (Chromium, production build)"]);

/** @type {[string, () => Promise<boolean>][]} */
const steps = [
  ["typecheck", () => run("npm", ["run", "--silent", "typecheck"])],
  ["lint", () => run("npm", ["run", "--silent", "lint"])],
  ["generated GraphQL types", () => run(process.execPath, [path.join(root, "scripts/check-generated.mjs")])],
  ["API tests (jest, PostgreSQL)", () => runJest("api")],
  ["portal tests (jest)", () => runJest("portal")],
  ["production build", () => run("npm", ["run", "--silent", "build"])],
  ["fault tests (API killed, PostgreSQL stopped)", () => run(process.execPath, [path.join(root, "scripts/test-faults.mjs")])],
  ["browser tests (Chromium, production build)", () => runJest("e2e", ["--runInBand"])],
];

/** @type {[string, boolean | "skipped"][]} */
const outcomes = [];
for (const [name, step] of steps) {
  const buildFailed = outcomes.some(([done, ok]) => done === "production build" && ok !== true);
  if ((name.startsWith("browser") || name.startsWith("fault")) && buildFailed) {
    outcomes.push([name, "skipped"]);
    counts.failed += 1;
    continue;
  }
  process.stdout.write(`\n=== ${name} ===\n`);
  const ok = await step();
  outcomes.push([name, ok]);
  // A check that is not a jest suite (typecheck, lint, drift, build) counts as one failure when it fails.
  if (!ok && !JEST_STEPS.has(name)) counts.failed += 1;
}

process.stdout.write("\n=== summary ===\n");
for (const [name, ok] of outcomes) process.stdout.write(`${ok === true ? "ok    " : ok === "skipped" ? "SKIP  " : "FAIL  "} ${name}\n`);
const allOk = outcomes.every(([, ok]) => ok === true);
process.stdout.write(`\ntests: ${counts.passed} passed, ${counts.failed} failed\n`);
await rm(reports, { recursive: true, force: true });
process.exit(allOk ? 0 : 1);
