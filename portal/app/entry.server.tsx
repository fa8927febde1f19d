import { PassThrough } from "node:stream";
import {
  createReadableStreamFromReadable,
  type AppLoadContext,
  type EntryContext,
  type HandleDataRequestFunction,
  type HandleErrorFunction,
} from "@remix-run/node";
import { isRouteErrorResponse, RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream, type RenderToPipeableStreamOptions } from "react-dom/server";
import { NonceProvider } from "~/components/nonce";
import { env } from "~/env.server";
import "~/messages/whole-catalogue.server";
import { dataHeaders, documentHeaders, securityHeaders } from "~/security/headers.server";

declare module "@remix-run/node" {
  interface AppLoadContext {
    /** Made afresh for each request by server.js; Vite's dev server gives none. */
    readonly cspNonce?: string;
    /** The visitor's address, passed on to the API so that it can slow down guessing from one address. */
    readonly clientAddress?: string;
  }
}

// server.js cannot import TypeScript, so it reads the headers every response gets from the server build, which
// carries this module's exports, rather than keeping a second, untested copy.
export { securityHeaders };
export { loggedPath } from "./logging/logged-path.server";
export { readFormBody, refusalBeforeBody } from "./security/refused-requests.server";
export { refusalResponse } from "./security/refusal-page.server";
/** The portal's public address, whose pages' forms are its own as well as those of the address a request came to. */
export const publicOrigin = env.publicOrigin;

/** How long Remix streams a loader's promises before rejecting them; the render itself stops a second later. */
export const streamTimeout = 5_000;

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
): Promise<Response> {
  const nonce = loadContext.cspNonce;
  for (const [name, value] of Object.entries(documentHeaders({ nonce, development: env.isDevelopment }))) {
    responseHeaders.set(name, value);
  }
  // Crawlers get the finished page in one piece; browsers start on the shell while the rest streams in.
  const readyEvent: keyof RenderToPipeableStreamOptions = isbot(request.headers.get("user-agent")) || remixContext.isSpaMode ? "onAllReady" : "onShellReady";

  return new Promise((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <RemixServer context={remixContext} url={request.url} nonce={nonce} />
      </NonceProvider>,
      {
        // React's own inline scripts, which reveal streamed parts of the page, need the nonce too.
        nonce,
        [readyEvent]() {
          shellRendered = true;
          const body = new PassThrough();
          responseHeaders.set("Content-Type", "text/html");
          resolve(new Response(createReadableStreamFromReadable(body), { headers: responseHeaders, status: responseStatusCode }));
          pipe(body);
        },
        onShellError: reject,
        onError(error: unknown) {
          responseStatusCode = 500;
          // An error before the shell rejects the promise and Remix logs it; one after would otherwise go unseen.
          if (shellRendered) console.error(error);
        },
      },
    );
    setTimeout(abort, streamTimeout + 1_000);
  });
}

export const handleDataRequest: HandleDataRequestFunction = (response) => {
  for (const [name, value] of Object.entries(dataHeaders())) response.headers.set(name, value);
  return response;
};

/**
 * Logs what went wrong in a loader, an action or a render, unless it was expected: a 4xx Remix answers by itself (a
 * page or a data address that does not exist, a method a route has no action for) is a refusal, not a fault. Every
 * 5xx is logged, and nothing is for a request its sender gave up on.
 */
export const handleError: HandleErrorFunction = (error, { request }) => {
  if (request.signal.aborted || (isRouteErrorResponse(error) && error.status < 500)) return;
  console.error(error);
};
