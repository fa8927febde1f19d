import { Router } from "express";
import type { DataSource } from "typeorm";

const UNDEFINED_TABLE = "42P01";

/**
 * How many of the API's migrations the database has not run. Read directly rather than through TypeORM, which
 * would try to create its table: the API's role may not create anything.
 */
async function pendingMigrations(db: DataSource): Promise<number> {
  try {
    const rows: { name: string }[] = await db.query("SELECT name FROM schema_migration");
    const applied = new Set(rows.map((row) => row.name));
    return db.migrations.filter((migration) => !applied.has(migration.name ?? migration.constructor.name)).length;
  } catch (error) {
    if ((error as { driverError?: { code?: string } }).driverError?.code === UNDEFINED_TABLE) return db.migrations.length;
    throw error;
  }
}

/** `/healthz`: the process answers. `/readyz`: the database answers and every migration has run. */
export function healthRoutes(db: DataSource): Router {
  const router = Router();
  router.get("/healthz", (_request, response) => {
    response.json({ status: "ok" });
  });
  router.get("/readyz", async (_request, response) => {
    const pending = await pendingMigrations(db).catch(() => null);
    if (pending === null) response.status(503).json({ status: "not ready", reason: "database unreachable" });
    else if (pending > 0) response.status(503).json({ status: "not ready", reason: "migrations pending" });
    else response.json({ status: "ready" });
  });
  return router;
}
