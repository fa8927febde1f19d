import type { Readable } from "node:stream";

/** The statuses the portal refuses a request with before any page sees it, each with a page of its own words. */
export type RefusalStatus = 400 | 403 | 405 | 413 | 415;

/** The largest form the portal reads: far more than any of its pages can send, far less than a flood. */
export const LARGEST_FORM_BYTES = 1024 * 1024;

/** Every page is read with GET (HEAD) and changed with a POST from its own form; nothing else is served. */
export const ALLOWED_METHODS = ["GET", "HEAD", "POST"] as const;

const FORM_TYPE = "application/x-www-form-urlencoded";

type Headers = Readonly<Record<string, string | string[] | undefined>>;

/** What the portal knows of a request before reading its body. */
export type RequestHead = {
  method: string;
  /** The path and query string, as sent. */
  url: string;
  headers: Headers;
  /** The origin this request came to, from its Host header (or the proxy's), as Remix will read it. */
  origin: string;
  /** The portal's public address (PUBLIC_URL), whose pages' forms are its own too. */
  publicOrigin: string | null;
};

const header = (headers: Headers, name: string): string | undefined => {
  const value = headers[name];
  return Array.isArray(value) ? value.join(",") : value;
};

function originOf(address: string): string | null {
  try {
    return new URL(address).origin;
  } catch {
    return null;
  }
}

/**
 * Whether another site sent this POST. Browsers say so in `Sec-Fetch-Site`, and name the page's origin in `Origin`
 * (`null` when they will not say); an older browser may send only a `Referer`. A request that names none of them
 * comes from no browser's page at all, and the SameSite session cookie is not sent with it from another site.
 */
function isFromAnotherSite({ headers, origin: cameTo, publicOrigin }: RequestHead): boolean {
  const ownOrigins = [cameTo, publicOrigin];
  const site = header(headers, "sec-fetch-site");
  if (site !== undefined && site !== "same-origin" && site !== "none") return true;
  const origin = header(headers, "origin");
  if (origin !== undefined) return !ownOrigins.includes(origin);
  const referer = header(headers, "referer");
  if (referer !== undefined) return !ownOrigins.includes(originOf(referer) ?? "");
  return false;
}

/** Whether the request names a plain path on a host that makes an address: no absolute URL, no credentials, a real port. */
function isAddressable({ url, origin }: RequestHead): boolean {
  if (!url.startsWith("/")) return false;
  try {
    return new URL(`${origin}${url}`).origin === origin;
  } catch {
    return false;
  }
}

/**
 * Whether the body is other than the portal's forms send: URL-encoded in UTF-8 (the only encoding HTML and Remix
 * use here, as no page uploads a file), unless there is no body at all.
 */
function isNotAForm(headers: Headers): boolean {
  const encoding = header(headers, "content-encoding");
  if (encoding !== undefined && encoding.trim().toLowerCase() !== "identity") return true;
  const type = header(headers, "content-type");
  if (type === undefined) return header(headers, "transfer-encoding") !== undefined || Number(header(headers, "content-length") ?? 0) > 0;
  const [mediaType = "", ...parameters] = type.split(";").map((part) => part.trim().toLowerCase());
  if (mediaType !== FORM_TYPE) return true;
  const charset = parameters.find((parameter) => parameter.startsWith("charset="))?.slice("charset=".length).replace(/"/g, "");
  return charset !== undefined && charset !== "utf-8";
}

/**
 * Why a request is refused from what it says about itself, before a byte of its body is read; null to read on.
 * The address must be one Remix can build from the Host header and the path, and the path must decode (Express
 * cannot match one that does not). `?_data=` is the data address of Remix without
 * single fetch: this portal never asks for it, and Remix logs each one.
 */
export function refusalBeforeBody(request: RequestHead): RefusalStatus | null {
  if (!(ALLOWED_METHODS as readonly string[]).includes(request.method)) return 405;
  const [path = "", query] = splitOnce(request.url, "?");
  if (!isAddressable(request) || !decodesCleanly(Buffer.from(path)) || (query !== undefined && new URLSearchParams(query).has("_data"))) return 400;
  if (request.method !== "POST") return null;
  if (isFromAnotherSite(request)) return 403;
  if (isNotAForm(request.headers)) return 415;
  if (Number(header(request.headers, "content-length") ?? 0) > LARGEST_FORM_BYTES) return 413;
  return null;
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

function isUtf8(bytes: Uint8Array): boolean {
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

const splitOnce = (text: string, separator: string): [string, string?] => {
  const at = text.indexOf(separator);
  return at < 0 ? [text] : [text.slice(0, at), text.slice(at + 1)];
};

/**
 * Whether percent-encoded text is as a browser writes it, a path or a URL-encoded form: every escape whole, and
 * UTF-8 with them undone.
 */
export function decodesCleanly(encoded: Uint8Array): boolean {
  const decoded: number[] = [];
  for (let index = 0; index < encoded.length; index++) {
    if (encoded[index] !== 0x25 /* % */) {
      decoded.push(encoded[index]!);
      continue;
    }
    const hex = Buffer.from(encoded.subarray(index + 1, index + 3)).toString("latin1");
    if (!/^[0-9A-Fa-f]{2}$/.test(hex)) return false;
    decoded.push(Number.parseInt(hex, 16));
    index += 2;
  }
  return isUtf8(Uint8Array.from(decoded));
}

/**
 * Reads a form's body, counting as it goes, so a body with no declared length (sent in chunks) is refused too once it
 * passes the limit. A refused body is left to drain unread: the connection stays usable and the answer arrives while
 * the sender is still sending.
 */
export function readFormBody(body: Readable, limit = LARGEST_FORM_BYTES): Promise<{ bytes: Buffer } | { refused: RefusalStatus }> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let length = 0;
    const stop = () => {
      body.off("data", onData);
      body.off("end", onEnd);
      body.off("error", onError);
    };
    const onData = (chunk: Buffer) => {
      length += chunk.length;
      if (length <= limit) return void chunks.push(chunk);
      stop();
      body.resume();
      resolve({ refused: 413 });
    };
    const onError = () => {
      stop();
      resolve({ refused: 400 });
    };
    const onEnd = () => {
      stop();
      const bytes = Buffer.concat(chunks);
      resolve(decodesCleanly(bytes) ? { bytes } : { refused: 400 });
    };
    body.on("data", onData);
    body.on("end", onEnd);
    // A sender that gives up part way (the connection closed) has sent nothing readable.
    body.on("error", onError);
  });
}
