import { PassThrough, Readable } from "node:stream";
import { decodesCleanly, LARGEST_FORM_BYTES, readFormBody, refusalBeforeBody, type RequestHead } from "./refused-requests.server";

const OURS = "https://myreview.example";
const FORM = "application/x-www-form-urlencoded";

/** A POST of a form from one of the portal's own pages, as a browser sends it with or without JavaScript. */
function post(headers: RequestHead["headers"] = {}, url = "/sign-out"): RequestHead {
  return { method: "POST", url, headers: { origin: OURS, "sec-fetch-site": "same-origin", "content-type": FORM, "content-length": "10", ...headers }, origin: "http://127.0.0.1:3000", publicOrigin: OURS };
}

describe("a request refused before its body is read", () => {
  it("is none of the portal's own: reading pages and posting their forms", () => {
    expect(refusalBeforeBody({ method: "GET", url: "/young-people?show=all&sort=name", headers: {}, origin: OURS, publicOrigin: null })).toBeNull();
    expect(refusalBeforeBody({ method: "HEAD", url: "/sign-in", headers: {}, origin: OURS, publicOrigin: null })).toBeNull();
    expect(refusalBeforeBody(post())).toBeNull();
    expect(refusalBeforeBody(post({ "content-type": `${FORM};charset=UTF-8` }))).toBeNull();
    // Remix's data address, as its scripts post a form with JavaScript on.
    expect(refusalBeforeBody(post({}, "/sign-out.data"))).toBeNull();
    // The address the request came to, such as the one the portal is reached at without the proxy.
    expect(refusalBeforeBody(post({ origin: "http://127.0.0.1:3000" }))).toBeNull();
  });

  it("is a method no page uses: 405", () => {
    for (const method of ["PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND"]) {
      expect(refusalBeforeBody({ ...post(), method })).toBe(405);
    }
  });

  it("is another site's form, by what the browser says: 403", () => {
    expect(refusalBeforeBody(post({ origin: "https://evil.example" }))).toBe(403);
    expect(refusalBeforeBody(post({ origin: "null" }))).toBe(403);
    expect(refusalBeforeBody(post({ origin: "http://myreview.example" }))).toBe(403);
    expect(refusalBeforeBody(post({ "sec-fetch-site": "cross-site" }))).toBe(403);
    expect(refusalBeforeBody(post({ "sec-fetch-site": "same-site" }))).toBe(403);
    expect(refusalBeforeBody(post({ origin: undefined, "sec-fetch-site": undefined, referer: "https://evil.example/a-page" }))).toBe(403);
    expect(refusalBeforeBody(post({ origin: undefined, "sec-fetch-site": undefined, referer: "not an address" }))).toBe(403);
  });

  it("is not refused as another site's when nothing names a site: no browser's page sent it", () => {
    expect(refusalBeforeBody(post({ origin: undefined, "sec-fetch-site": undefined }))).toBeNull();
    expect(refusalBeforeBody(post({ origin: undefined, "sec-fetch-site": undefined, referer: `${OURS}/young-people` }))).toBeNull();
    // Sent from an address typed or bookmarked: no page at all.
    expect(refusalBeforeBody(post({ origin: undefined, "sec-fetch-site": "none" }))).toBeNull();
  });

  it("is anything but a URL-encoded UTF-8 form: 415, even with no body but a declared type", () => {
    for (const type of ["application/json", "text/plain", "multipart/form-data; boundary=x", "application/xml", `${FORM}; charset=iso-8859-1`]) {
      expect(refusalBeforeBody(post({ "content-type": type }))).toBe(415);
    }
    expect(refusalBeforeBody(post({ "content-encoding": "gzip" }))).toBe(415);
    expect(refusalBeforeBody(post({ "content-type": undefined }))).toBe(415);
    expect(refusalBeforeBody(post({ "content-type": undefined, "content-length": undefined, "transfer-encoding": "chunked" }))).toBe(415);
  });

  it("is not refused for having no body and no type, as a button with no fields sends", () => {
    expect(refusalBeforeBody(post({ "content-type": undefined, "content-length": "0" }))).toBeNull();
    expect(refusalBeforeBody(post({ "content-type": undefined, "content-length": undefined }))).toBeNull();
  });

  it("declares a body over 1 MB: 413, without waiting for it", () => {
    expect(refusalBeforeBody(post({ "content-length": String(LARGEST_FORM_BYTES) }))).toBeNull();
    expect(refusalBeforeBody(post({ "content-length": String(LARGEST_FORM_BYTES + 1) }))).toBe(413);
  });

  it("asks for Remix's data address of the days before single fetch, or has a path that does not decode: 400", () => {
    expect(refusalBeforeBody({ method: "GET", url: "/sign-in?_data=routes/sign-in", headers: {}, origin: OURS, publicOrigin: null })).toBe(400);
    expect(refusalBeforeBody({ method: "GET", url: "/?a=1&_data", headers: {}, origin: OURS, publicOrigin: null })).toBe(400);
    expect(refusalBeforeBody({ method: "GET", url: "/my-review/%E0%A4%A", headers: {}, origin: OURS, publicOrigin: null })).toBe(400);
    // A query string is read by the page, which takes what it understands.
    expect(refusalBeforeBody({ method: "GET", url: "/sign-in?x=%ZZ", headers: {}, origin: OURS, publicOrigin: null })).toBeNull();
  });

  it("names no address Remix can build: an absolute URL, or a Host that is no host: 400", () => {
    const get = (url: string, origin = OURS): RequestHead => ({ method: "GET", url, headers: {}, origin, publicOrigin: null });
    expect(refusalBeforeBody(get("http://evil.example/sign-in"))).toBe(400);
    for (const origin of ["http://a b", "http://[::1", "http://localhost:99999", "http://someone@evil.example"]) expect(refusalBeforeBody(get("/sign-in", origin))).toBe(400);
    expect(refusalBeforeBody(get("/sign-in", "http://[::1]:3000"))).toBeNull();
  });

  it("is refused for the first thing wrong, another site before the kind of body", () => {
    expect(refusalBeforeBody(post({ origin: "https://evil.example", "content-type": "application/json", "content-length": "99999999" }))).toBe(403);
  });
});

describe("percent-encoded text", () => {
  it("decodes cleanly as browsers write it, in any language", () => {
    expect(decodesCleanly(Buffer.from("username=sam&passphrase=sunny+river+kite+42"))).toBe(true);
    expect(decodesCleanly(Buffer.from(`answer=${encodeURIComponent("Ça va 🙂, نعم")}`))).toBe(true);
    expect(decodesCleanly(Buffer.from(""))).toBe(true);
  });

  it("does not with a broken escape, or bytes that are not UTF-8 before or after decoding", () => {
    expect(decodesCleanly(Buffer.from("username=%ZZ"))).toBe(false);
    expect(decodesCleanly(Buffer.from("username=%4"))).toBe(false);
    expect(decodesCleanly(Buffer.from("code=%C3%28"))).toBe(false);
    expect(decodesCleanly(Buffer.from([0x61, 0x3d, 0xff]))).toBe(false);
  });
});

describe("reading a form's body", () => {
  it("gives the body whole, in however many pieces it came", async () => {
    await expect(readFormBody(Readable.from([Buffer.from("a=1&"), Buffer.from("b=2")]))).resolves.toEqual({ bytes: Buffer.from("a=1&b=2") });
  });

  it("refuses a body that is not a well-formed form: 400", async () => {
    await expect(readFormBody(Readable.from([Buffer.from("a=%ZZ")]))).resolves.toEqual({ refused: 400 });
  });

  it("refuses a body with no declared length once it passes the limit, and leaves the rest to drain unread", async () => {
    const body = new PassThrough();
    const read = readFormBody(body, 10);
    body.write(Buffer.from("a=12345"));
    body.write(Buffer.from("67890"));
    await expect(read).resolves.toEqual({ refused: 413 });
    expect(body.listenerCount("data")).toBe(0);
    expect(body.readableFlowing).toBe(true);
    body.end(Buffer.from("more that nobody keeps"));
  });

  it("refuses a body whose sender gave up part way: 400", async () => {
    const body = new PassThrough();
    const read = readFormBody(body);
    body.write(Buffer.from("a=1"));
    body.destroy(new Error("aborted"));
    await expect(read).resolves.toEqual({ refused: 400 });
  });
});
