// @ts-check
/**
 * The portal's production server: the Remix build behind Express, with security headers on every response, a fresh
 * CSP nonce for every page, compressed responses for slow phone connections, long-lived caching for fingerprinted
 * assets, one JSON log line per request, and a clean stop.
 */
import { randomBytes } from "node:crypto";
import { createRequestHandler } from "@remix-run/express";
import compression from "compression";
import express from "express";

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "127.0.0.1";

// Named through a variable so that type checking does not read the generated build.
const buildPath = "./build/server/index.js";
/** @type {import("@remix-run/node").ServerBuild} */
const build = await import(buildPath);
// The headers come from the tested app/security/headers.server.ts, which this file cannot import as TypeScript:
// app/entry.server.tsx re-exports it, and the build carries that module's exports.
/** @type {{ securityHeaders: (options: { production: boolean }) => Record<string, string>, loggedPath: (path: string) => string }} */
const { securityHeaders, loggedPath } = /** @type {any} */ (build.entry.module);
const everyResponseHeaders = securityHeaders({ production: process.env.NODE_ENV === "production" });

const app = express();
app.disable("x-powered-by");
// Which proxies in front of the portal may name the visitor's address; the API slows down guessing per address.
app.set("trust proxy", process.env.TRUST_PROXY ?? "loopback");
const everyResponseHeaderNames = new Set(Object.keys(everyResponseHeaders).map((name) => name.toLowerCase()));
app.use((_request, response, next) => {
  response.set(everyResponseHeaders);
  // @remix-run/express adds the app's headers with append: one the app sets replaces the one every response gets
  // rather than joining it, so a single-use link's redirect sends "Referrer-Policy: no-referrer" alone.
  const append = response.append.bind(response);
  response.append = (name, value) => (everyResponseHeaderNames.has(name.toLowerCase()) ? response.set(name, value) : append(name, value));
  next();
});
// compression's types name the Express 5 types the API uses; at run time it is plain middleware.
app.use(/** @type {express.RequestHandler} */ (/** @type {unknown} */ (compression())));
app.use("/assets", express.static("build/client/assets", { immutable: true, maxAge: "1y" }));
app.use(express.static("build/client", { maxAge: "1h", index: false }));
app.use((request, response, next) => {
  const started = process.hrtime.bigint();
  response.on("finish", () => {
    // The path only, with any link token hidden: query strings and bodies may carry personal details.
    const line = { time: new Date().toISOString(), service: "my-review-portal", method: request.method, path: loggedPath(request.path), status: response.statusCode, durationMs: Number(process.hrtime.bigint() - started) / 1e6 };
    process.stdout.write(`${JSON.stringify(line)}\n`);
  });
  next();
});
// 128 random bits per request, so a nonce seen in one page says nothing about the next.
/** @param {express.Request} request */
const getLoadContext = (request) => ({ cspNonce: randomBytes(16).toString("base64"), clientAddress: request.ip ?? "unknown" });
app.all("*", createRequestHandler({ build, mode: process.env.NODE_ENV, getLoadContext }));

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
