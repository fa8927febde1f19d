// @ts-check
/**
 * The portal's production server: the Remix build behind Express, with security headers on every response, a fresh
 * CSP nonce for every page, compressed responses for slow phone connections, long-lived caching for fingerprinted
 * assets, one JSON log line per request, requests no page of the portal would send refused before Remix sees them,
 * and a clean stop.
 */
import { randomBytes } from "node:crypto";
// Not re-exported by the package's index, but exported by this module of it; the version is pinned exactly.
import remixExpress from "@remix-run/express/dist/server.js";
import { createRequestHandler } from "@remix-run/node";
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
// So do the guards against hostile requests, from app/security/refused-requests.server.ts and refusal-page.server.tsx.
/**
 * @typedef {400 | 403 | 405 | 413 | 415} RefusalStatus
 * @typedef {{
 *   securityHeaders: (options: { production: boolean }) => Record<string, string>,
 *   loggedPath: (path: string) => string,
 *   publicOrigin: string | null,
 *   refusalBeforeBody: (request: { method: string, url: string, headers: import("node:http").IncomingHttpHeaders, origin: string, publicOrigin: string | null }) => RefusalStatus | null,
 *   readFormBody: (body: import("node:stream").Readable) => Promise<{ bytes: Buffer } | { refused: RefusalStatus }>,
 *   refusalResponse: (status: RefusalStatus, nonce: string) => { status: number, headers: Record<string, string>, body: string },
 * }} EntryExports
 */
const { securityHeaders, loggedPath, publicOrigin, refusalBeforeBody, readFormBody, refusalResponse } = /** @type {EntryExports} */ (/** @type {unknown} */ (build.entry.module));
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
const newNonce = () => randomBytes(16).toString("base64");

/**
 * The origin of the address Remix reads for this request, built as @remix-run/express builds it (the host name as
 * "trust proxy" allows, the port from X-Forwarded-Host or Host): the portal's own pages post from it.
 * @param {express.Request} request
 */
function requestOrigin(request) {
  const port = [request.get("x-forwarded-host"), request.get("host")].map((host) => Number.parseInt(host?.split(":")[1] ?? "", 10)).find(Number.isSafeInteger);
  return `${request.protocol}://${request.hostname}${port ? `:${port}` : ""}`;
}

// A request no page of the portal sends (another site's form, a body that is not a form or is too big, an odd
// method) is answered here with a 4xx page, before Remix and before its body is parsed. A form's body is read here,
// counted as it comes, and handed to Remix whole.
app.use(async (request, response, next) => {
  /** @param {RefusalStatus} status */
  const refuse = (status) => {
    const page = refusalResponse(status, newNonce());
    response.status(page.status).set(page.headers).send(page.body);
  };
  try {
    const refusal = refusalBeforeBody({ method: request.method, url: request.originalUrl, headers: request.headers, origin: requestOrigin(request), publicOrigin });
    if (refusal) return refuse(refusal);
    if (request.method !== "POST") return next();
    const form = await readFormBody(request);
    if ("refused" in form) return refuse(form.refused);
    response.locals.form = form.bytes;
    next();
  } catch (error) {
    next(error);
  }
});

// @remix-run/express's own handler reads the body from the request stream, which the guard above has read already.
const { createRemixRequest, sendRemixResponse } = remixExpress;
const handleRequest = createRequestHandler(build, process.env.NODE_ENV);
app.all("*", async (request, response, next) => {
  try {
    const remixRequest = createRemixRequest(request, response);
    /** @type {Buffer | undefined} */
    const form = response.locals.form;
    const loadContext = { cspNonce: newNonce(), clientAddress: request.ip ?? "unknown" };
    await sendRemixResponse(response, await handleRequest(form ? new Request(remixRequest, { body: form }) : remixRequest, loadContext));
  } catch (error) {
    next(error);
  }
});

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
