// @ts-check
/**
 * `npm run dev`: the API rebuilt by `tsc --watch` and restarted by `node --watch`, and the portal under Vite's dev
 * server with hot reload. Same database rules and ports as `npm start`; development error detail is on.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { createSupervisor, printBanner, root, say, sessionSecret, tokenKey, waitUntilAnswering } from "./supervisor.mjs";

const apiPort = process.env.API_PORT ?? "4000";
const portalPort = process.env.PORT ?? "3000";
const development = { NODE_ENV: "development" };
const supervisor = createSupervisor();
const tsc = path.join(root, "node_modules/typescript/bin/tsc");

try {
  // One full build first, so that the watcher below starts the API from current output; the demo data's for the seed.
  for (const project of ["api/tsconfig.build.json", "api/tsconfig.fixtures.json"]) {
    if (spawnSync(process.execPath, [tsc, "-p", project], { cwd: root, stdio: "inherit" }).status !== 0) {
      throw new Error(`${project} does not compile`);
    }
  }
  const databaseUrl = await supervisor.databaseUrl();
  await supervisor.loadDemoData(databaseUrl);
  supervisor.run("API compiler", process.execPath, [tsc, "-p", "api/tsconfig.build.json", "--watch", "--preserveWatchOutput"], { cwd: root, env: development });
  const api = supervisor.run("API", process.execPath, ["--watch", path.join(root, "api/dist/api/src/main.js")], {
    cwd: root,
    env: { ...development, DATABASE_URL: databaseUrl, API_PORT: apiPort, TOKEN_KEY: await tokenKey() },
  });
  await waitUntilAnswering(`http://127.0.0.1:${apiPort}/readyz`, api);

  const remix = path.join(root, "node_modules/@remix-run/dev/dist/cli.js");
  const portal = supervisor.run("portal", process.execPath, [remix, "vite:dev", "--port", portalPort, "--strictPort"], {
    cwd: path.join(root, "portal"),
    env: { ...development, API_URL: `http://127.0.0.1:${apiPort}/graphql`, SESSION_SECRET: await sessionSecret() },
  });
  await waitUntilAnswering(`http://127.0.0.1:${portalPort}/sign-in`, portal);
  await printBanner(`http://localhost:${portalPort}`, `http://localhost:${apiPort}/graphql`);
} catch (error) {
  say(`Could not start: ${error instanceof Error ? error.message : String(error)}`);
  await supervisor.stopAll(1);
}
