import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

export type RunningServer = Readonly<{
  url: string;
  /** The CPU time the server's process has used so far, in milliseconds, user and system. */
  cpuMs: () => number;
  stop: () => Promise<void>;
}>;

// Linux's clock ticks per second for /proc/<pid>/stat (USER_HZ), which is 100 on every architecture Node runs on here.
const TICKS_PER_SECOND = 100;

/** A process's CPU time so far, in milliseconds: utime and stime, the 14th and 15th fields of /proc/<pid>/stat. */
function cpuMsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

export async function freePort(): Promise<number> {
  const probe = createServer();
  probe.listen(0, "127.0.0.1");
  await once(probe, "listening");
  const address = probe.address();
  probe.close();
  if (address === null || typeof address === "string") throw new Error("could not find a free port");
  return address.port;
}

async function waitUntilAnswering(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url} exited with ${child.exitCode} before answering`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer within a minute`);
}

/**
 * Starts a compiled entry point in a process of its own, as production runs it, so that the load the benchmark makes
 * and the server answering it do not share one event loop. Its log lines are written and thrown away, as a cost
 * production pays too.
 */
export async function startNodeServer(
  entry: string,
  env: Record<string, string>,
  readyPath: string,
  nodeFlags: readonly string[] = [],
): Promise<RunningServer> {
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeFlags, entry], {
    env: { PATH: process.env.PATH ?? "", ...env, PORT: String(port), API_PORT: String(port) },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitUntilAnswering(`${url}${readyPath}`, child);
  const pid = child.pid;
  if (pid === undefined) throw new Error(`${entry} did not start`);
  return {
    url,
    cpuMs: () => cpuMsOf(pid),
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      await once(child, "exit");
    },
  };
}

/**
 * The real API, built, in production mode, against `databaseUrl`. `BENCH_API_NODE_FLAGS` passes flags to its node,
 * such as `--cpu-prof --cpu-prof-dir=/tmp/profiles` to see where it spends its time under the load.
 */
export function startApi(databaseUrl: string): Promise<RunningServer> {
  return startNodeServer(
    path.join(__dirname, "..", "src", "main.js"),
    { NODE_ENV: "production", DATABASE_URL: databaseUrl, TOKEN_KEY: "a key for the benchmarks only, long enough to pass", LOG_LEVEL: "info" },
    "/readyz",
    (process.env.BENCH_API_NODE_FLAGS ?? "").split(" ").filter((flag) => flag !== ""),
  );
}
