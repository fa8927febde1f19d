import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchChromium } from "./chromium";
import { accessibilityViolations, crowdedTargets, horizontalOverflow } from "./pages";

/** One Chromium for a test file, and a fresh context (its own cookies) for each page asked for, all closed at the end. */
export function useBrowser() {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    await browser?.close();
  });
  async function newPage(options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
    if (!browser) throw new Error("The browser is not started yet: call newPage inside a test.");
    const context = await browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true, viewport: { width: 1024, height: 800 } });
    contexts.push(context);
    return context.newPage();
  }
  return {
    newPage,
    /**
     * axe runs inside the page and needs scripts, so a page seen without JavaScript is checked in a second context
     * with them on: the very document the first browser shows, at its own address (so its styles load), less the
     * app's scripts, which the first browser never ran either. Nothing is asked of the server again, so a page made
     * by a form's post, or a single-use link, is checked as it was shown.
     */
    async expectAccessibleAndNarrowWithoutScripts(page: Page): Promise<void> {
      const address = page.url();
      const shown = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, "");
      const checker = await newPage();
      // A request never carries the address's fragment (a page that moved focus to a message may end in one).
      const requested = address.split("#")[0];
      await checker.route(
        (url) => url.href === requested,
        (route) => route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: shown }),
      );
      await checker.goto(address);
      // The same words, laid out by the same styles: what is checked is what was shown.
      expect(await mainText(checker)).toBe(await mainText(page));
      expect(await checker.evaluate(() => document.styleSheets.length)).toBe(await page.evaluate(() => document.styleSheets.length));
      await expectAccessibleAndNarrow(checker);
    },
  };
}

/** axe finds nothing, and at 320 CSS pixels wide nothing needs scrolling sideways. */
export async function expectAccessibleAndNarrow(page: Page): Promise<void> {
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 320, height: 640 });
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1024, height: 800 });
}

export const heading = (page: Page) => page.getByRole("heading", { level: 1 }).innerText();
/**
 * The main region's words once the page has loaded: a page arrives in pieces, and its heading (what a test waits for
 * after a click) shows before the rest of it, which a slow machine may not have read yet.
 */
export async function mainText(page: Page): Promise<string> {
  await page.waitForLoadState("load");
  return page.locator("main").innerText();
}

/**
 * At 320 CSS pixels wide, where targets crowd most, each is 24 px across or 24 px from the next (WCAG 2.5.8). axe's
 * wcag22aa rules check this at the usual width on every page; this is for the pages found crowded on a phone.
 */
export async function expectTargetsApartOnAPhone(page: Page): Promise<void> {
  await page.setViewportSize({ width: 320, height: 640 });
  expect(await crowdedTargets(page)).toEqual([]);
  await page.setViewportSize({ width: 1024, height: 800 });
}
