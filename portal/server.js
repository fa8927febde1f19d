// @ts-check
/**
 * The portal's production server: the Remix build behind Express, with compressed responses for slow phone
 * connections, long-lived caching for fingerprinted assets, one JSON log line per request, and a clean stop.
 */
import { createRequestHandler } from "@remix-run/express";
import compression from "compression";
import express from "express";

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "127.0.0.1";

// Named through a variable so that type checking does not read the generated build.
const buildPath = "./build/server/index.js";
/** @type {import("@remix-run/node").ServerBuild} */
const build = await import(buildPath);

const app = express();
app.disable("x-powered-by");
// compression's types name the Express 5 types the API uses; at run time it is plain middleware.
app.use(/** @type {express.RequestHandler} */ (/** @type {unknown} */ (compression())));
app.use("/assets", express.static("build/client/assets", { immutable: true, maxAge: "1y" }));
app.use(express.static("build/client", { maxAge: "1h", index: false }));
app.use((request, response, next) => {
  const started = process.hrtime.bigint();
  response.on("finish", () => {
    // The path only: query strings and bodies may carry personal details.
    const line = { time: new Date().toISOString(), service: "my-review-portal", method: request.method, path: request.path, status: response.statusCode, durationMs: Number(process.hrtime.bigint() - started) / 1e6 };
    process.stdout.write(`${JSON.stringify(line)}\n`);
  });
  next();
});
app.all("*", createRequestHandler({ build, mode: process.env.NODE_ENV }));

const server = app.listen(port, host, () => {
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), service: "my-review-portal", msg: "portal ready", url: `http://${host}:${port}` })}\n`);
});

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  server.close(() => process.exit(0));
  server.closeIdleConnections();
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
