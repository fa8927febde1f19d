import type { Browser, BrowserContext, Page, Response as PageResponse } from "playwright-core";
import { apiUrl, portalUrl } from "../support/app-under-test";
import { launchChromium } from "../support/chromium";
import { DEMO_YOUNG_PERSON as youngPerson } from "../support/demo-people";
import { signIn } from "../support/pages";

/** What every response from the production server carries, as a browser reads the names: in lower case. */
const EVERY_RESPONSE = {
  "strict-transport-security": "max-age=63072000; includeSubDomains",
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "same-origin",
  "cross-origin-opener-policy": "same-origin",
  "permissions-policy": "camera=(), microphone=(), geolocation=()",
};

function nonceIn(policy: string | undefined): string | undefined {
  return /'nonce-([^']+)'/.exec(policy ?? "")?.[1];
}

/** A fetched response's headers as the plain object that Playwright gives for a page's. */
function headersOf(response: Response): Record<string, string> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => (headers[name] = value));
  return headers;
}

function expectPageHeaders(headers: Record<string, string>): void {
  expect(headers).toMatchObject({ ...EVERY_RESPONSE, "cache-control": "no-store" });
  const nonce = nonceIn(headers["content-security-policy"]);
  expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  expect(headers["content-security-policy"]).toBe(
    `default-src 'self'; script-src 'self' 'nonce-${nonce}'; style-src 'self'; img-src 'self' data:; font-src 'self'; ` +
      "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'",
  );
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe("the portal's security headers, with JavaScript", () => {
  let context: BrowserContext;
  let page: Page;
  let consoleErrors: string[];
  let violations: string[];
  beforeEach(async () => {
    context = await browser.newContext();
    page = await context.newPage();
    consoleErrors = [];
    violations = [];
    page.on("console", (message) => {
      // The portal has no favicon yet, and Chromium reports the 404 for the one it asks for unprompted.
      const askedForFavicon = new URL(message.location().url || "about:blank").pathname === "/favicon.ico";
      if (message.type() === "error" && !askedForFavicon) consoleErrors.push(`${message.text()} ${message.location().url}`);
    });
    page.on("pageerror", (error) => consoleErrors.push(error.message));
    // Reported from inside each page as it loads, before any of the page's own scripts can run.
    await page.exposeFunction("reportCspViolation", (violation: string) => violations.push(violation));
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        (window as unknown as { reportCspViolation: (violation: string) => void }).reportCspViolation(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
  });
  afterEach(async () => {
    await context.close();
  });

  it("are on the sign-in page and the home page, which work with no CSP violation and no console error", async () => {
    const signInPage = await page.goto(portalUrl("/sign-in"));
    expectPageHeaders(signInPage!.headers());

    const dataResponses: PageResponse[] = [];
    page.on("response", (response) => {
      if (new URL(response.url()).pathname.endsWith(".data")) dataResponses.push(response);
    });
    await signIn(page, youngPerson.username, youngPerson.passphrase);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(`Hello ${youngPerson.firstName}`);

    const homePage = await page.goto(portalUrl("/"));
    expectPageHeaders(homePage!.headers());
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(`Hello ${youngPerson.firstName}`);

    expect(violations).toEqual([]);
    expect(consoleErrors).toEqual([]);
    // Only Remix's scripts send the form as a data request (without them the browser posts it): proof they ran.
    const signInData = dataResponses.find((response) => response.request().method() === "POST" && new URL(response.url()).pathname === "/sign-in.data");
    expect(signInData?.headers()).toMatchObject({ ...EVERY_RESPONSE, "cache-control": "no-store" });
  });
});

describe("the portal's pages", () => {
  it("never tell another site the address of the page someone left, which may carry a secret", async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(portalUrl("/sign-in?token=a-secret"));
      // The API answers on another origin (127.0.0.1 rather than localhost): as far as the browser knows, another site.
      const elsewhere = new URL("/healthz", apiUrl()).toString();
      const request = page.waitForRequest(elsewhere);
      await page.evaluate((url) => window.location.assign(url), elsewhere);
      expect(await (await request).allHeaders()).not.toHaveProperty("referer");
    } finally {
      await context.close();
    }
  });

  it("each have their own CSP nonce, carried by every script in the page", async () => {
    const pages = await Promise.all([fetch(portalUrl("/sign-in")), fetch(portalUrl("/sign-in"))]);
    const nonces = pages.map((response) => nonceIn(response.headers.get("content-security-policy") ?? undefined));
    expect(nonces[0]).toBeDefined();
    expect(nonces[0]).not.toBe(nonces[1]);

    for (const [index, response] of pages.entries()) {
      const scripts = (await response.text()).match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length).toBeGreaterThan(0);
      for (const script of scripts) expect(script).toContain(`nonce="${nonces[index]}"`);
    }
  });

  it("load fingerprinted assets that browsers may keep for a year, with the headers every response gets", async () => {
    const html = await (await fetch(portalUrl("/sign-in"))).text();
    const asset = /href="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(asset).toBeDefined();

    const response = await fetch(portalUrl(asset));
    expect(response.status).toBe(200);
    expect(headersOf(response)).toMatchObject({ ...EVERY_RESPONSE, "cache-control": "public, max-age=31536000, immutable" });
  });
});
