// @ts-check
/**
 * `npm start` (after the build): runs My Review as in production, the API on API_PORT (4000) and the portal on
 * PORT (3000). With no DATABASE_URL it starts an embedded PostgreSQL whose data stays in .data/ between runs.
 * Ctrl-C (or SIGTERM) stops the portal and the API, then the database.
 */
import path from "node:path";
import { createSupervisor, printBanner, root, say, sessionSecret, tokenKey, waitUntilAnswering } from "./supervisor.mjs";

const apiPort = process.env.API_PORT ?? "4000";
const portalPort = process.env.PORT ?? "3000";
const production = { NODE_ENV: "production" };
const supervisor = createSupervisor();

try {
  const databaseUrl = await supervisor.databaseUrl();
  await supervisor.loadDemoData(databaseUrl);
  const api = supervisor.run("API", process.execPath, [path.join(root, "api/dist/api/src/main.js")], {
    cwd: root,
    env: { ...production, DATABASE_URL: databaseUrl, API_PORT: apiPort, TOKEN_KEY: await tokenKey() },
  });
  await waitUntilAnswering(`http://127.0.0.1:${apiPort}/readyz`, api);

  const portal = supervisor.run("portal", process.execPath, [path.join(root, "portal/server.js")], {
    cwd: path.join(root, "portal"),
    env: {
      ...production,
      PORT: portalPort,
      HOST: process.env.PORTAL_HOST ?? "127.0.0.1",
      API_URL: `http://127.0.0.1:${apiPort}/graphql`,
      SESSION_SECRET: await sessionSecret(),
    },
  });
  await waitUntilAnswering(`http://127.0.0.1:${portalPort}/sign-in`, portal);
  await printBanner(`http://localhost:${portalPort}`, `http://localhost:${apiPort}/graphql`);
} catch (error) {
  say(`Could not start: ${error instanceof Error ? error.message : String(error)}`);
  await supervisor.stopAll(1);
}
