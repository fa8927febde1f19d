import "reflect-metadata";
import { createServer } from "node:http";
import { ConfigError, loadConfig, type Config } from "./config/config";
import { API_DATABASE_ROLE, createDataSource } from "./database/data-source";
import { createApp } from "./http/app";
import { createLogger, type Logger } from "./kernel/logger";

/** Migrations run as the login user, which owns the tables; requests never do. */
async function migrate(config: Config, log: Logger): Promise<void> {
  const owner = createDataSource({ url: config.databaseUrl, poolSize: 1, statementTimeoutMs: config.statementTimeoutMs });
  await owner.initialize();
  try {
    const applied = await owner.runMigrations();
    log.info({ applied: applied.map((migration) => migration.name) }, "migrations up to date");
  } finally {
    await owner.destroy();
  }
}

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const log = createLogger(config.logLevel);
  await migrate(config, log);
  const asApi = { url: config.databaseUrl, statementTimeoutMs: config.statementTimeoutMs, role: API_DATABASE_ROLE };
  const db = createDataSource({ ...asApi, poolSize: 10 });
  const authDb = createDataSource({ ...asApi, poolSize: 5 });
  await Promise.all([db.initialize(), authDb.initialize()]);

  const httpServer = createServer();
  const { app, apollo } = await createApp({ config, db, authDb, log, httpServer });
  httpServer.on("request", app);
  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  log.info({ url: `http://${config.host}:${config.port}/graphql` }, "API ready");

  const stop = async (signal: string) => {
    log.info({ signal }, "stopping");
    await apollo.stop();
    await Promise.all([db.destroy(), authDb.destroy()]);
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error("The API could not start:", error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
