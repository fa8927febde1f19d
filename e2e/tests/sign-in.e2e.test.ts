import type { Browser, BrowserContext, Page } from "playwright-core";
import { inWords, nextReviewFromApi } from "../support/api";
import { portalUrl } from "../support/app-under-test";
import { launchChromium } from "../support/chromium";
import { DEMO_IRO as iro, DEMO_YOUNG_PERSON as youngPerson } from "../support/demo-people";
import { accessibilityViolations, horizontalOverflow, signIn, submitAndWait } from "../support/pages";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe.each([
  ["with JavaScript", true],
  ["without JavaScript", false],
])("the demo young person, %s", (_label, javaScriptEnabled) => {
  let context: BrowserContext;
  let page: Page;
  beforeEach(async () => {
    context = await browser.newContext({ javaScriptEnabled });
    page = await context.newPage();
  });
  afterEach(async () => {
    await context.close();
  });

  it("signs in, sees their name and next review date, and signs out", async () => {
    const nextReview = await nextReviewFromApi(youngPerson.username, youngPerson.passphrase);

    await signIn(page, youngPerson.username, youngPerson.passphrase);
    expect(new URL(page.url()).pathname).toBe("/");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(`Hello ${youngPerson.firstName}`);
    await expect(page.locator("main").textContent()).resolves.toContain(`Your next review is on ${inWords(nextReview)}`);

    await submitAndWait(page, "Sign out");
    expect(new URL(page.url()).pathname).toBe("/sign-in");
    await expect(page.getByRole("status").textContent()).resolves.toContain("You have signed out.");

    await page.goto(portalUrl("/"));
    expect(new URL(page.url()).pathname).toBe("/sign-in");
  });

  it("is told when the passphrase is wrong, keeping the username but not the passphrase", async () => {
    await signIn(page, youngPerson.username, "not the right passphrase");

    const summary = page.getByRole("alert");
    await expect(summary.textContent()).resolves.toContain("There is a problem");
    await expect(summary.textContent()).resolves.toContain("The username or passphrase is not right.");
    await expect(page.getByLabel("Username").inputValue()).resolves.toBe(youngPerson.username);
    await expect(page.getByLabel("Passphrase").inputValue()).resolves.toBe("");
  });

  it("is asked for each field left empty, each error linking to its field", async () => {
    await page.goto(portalUrl("/sign-in"));
    await submitAndWait(page, "Sign in");

    const links = page.getByRole("alert").getByRole("link");
    await expect(links.allTextContents()).resolves.toEqual(["Enter your username", "Enter your passphrase"]);
    await expect(links.first().getAttribute("href")).resolves.toBe("#username");
  });
});

describe("the pages", () => {
  let context: BrowserContext;
  let page: Page;
  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    page = await context.newPage();
  });
  afterEach(async () => {
    await context.close();
  });

  // axe runs inside the page, so these checks need JavaScript; the pages' markup is the same without it.
  it("have no accessibility violations and no sideways scrolling at 320 px", async () => {
    await page.goto(portalUrl("/sign-in"));
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    await signIn(page, youngPerson.username, "not the right passphrase");
    await expect(page.getByRole("alert").isVisible()).resolves.toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    await signIn(page, youngPerson.username, youngPerson.passphrase);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(`Hello ${youngPerson.firstName}`);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });

  it("move focus to the error summary after a failed sign-in, and say so in the title", async () => {
    await signIn(page, "", "");
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe("error-summary");
    await expect(page.title()).resolves.toBe("Error: Sign in – My Review");
  });

  it("greet the demo IRO by name", async () => {
    await signIn(page, iro.username, iro.passphrase);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(`Hello ${iro.firstName}`);
    await expect(page.locator("main").textContent()).resolves.toContain("Independent Reviewing Officer");
  });

  it("send anyone with a forged session cookie to sign in", async () => {
    await context.addCookies([{ name: "my_review_session", value: "forged", url: portalUrl("/") }]);
    await page.goto(portalUrl("/"));
    expect(new URL(page.url()).pathname).toBe("/sign-in");
  });
});
