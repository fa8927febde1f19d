import { Router } from "express";
import type { DataSource } from "typeorm";

/** `/healthz`: the process answers. `/readyz`: the database answers and every migration has run. */
export function healthRoutes(db: DataSource): Router {
  const router = Router();
  router.get("/healthz", (_request, response) => {
    response.json({ status: "ok" });
  });
  router.get("/readyz", async (_request, response) => {
    try {
      await db.query("SELECT 1");
      if (await db.showMigrations()) {
        response.status(503).json({ status: "not ready", reason: "migrations pending" });
        return;
      }
      response.json({ status: "ready" });
    } catch {
      response.status(503).json({ status: "not ready", reason: "database unreachable" });
    }
  });
  return router;
}
