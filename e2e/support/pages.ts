import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { portalUrl } from "./app-under-test";

/** axe-core with the WCAG 2.0, 2.1 and 2.2 A and AA rules: the violations, as rule id and the elements they hit. */
export async function accessibilityViolations(page: Page): Promise<{ rule: string; targets: string[] }[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  return results.violations.map((violation) => ({ rule: violation.id, targets: violation.nodes.map((node) => node.target.join(" ")) }));
}

/** WCAG 2.2's target size (2.5.8) alone: the targets less than 24 px across that are less than 24 px apart. */
export async function crowdedTargets(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withRules(["target-size"]).analyze();
  return results.violations.flatMap((violation) => violation.nodes.map((node) => node.target.join(" ")));
}

/** At 320 CSS pixels wide (WCAG 1.4.10), nothing should need scrolling sideways. */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Submits the sign-in form and waits for its outcome: another page, or the error summary. */
export async function signIn(page: Page, username: string, passphrase: string): Promise<void> {
  await page.goto(portalUrl("/sign-in"));
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Passphrase").fill(passphrase);
  await submitAndWait(page, "Sign in");
}

/**
 * Clicks a button and waits until the page has changed: with JavaScript Remix updates the page in place, without
 * it the browser loads a new one, so neither a load event nor a URL alone says the answer has arrived. A character
 * count's live region changes by itself a moment after typing, so it is no sign of an answer.
 */
export async function submitAndWait(page: Page, button: string): Promise<void> {
  const before = await page.evaluate(() => {
    const main = document.querySelector("main")?.cloneNode(true) as HTMLElement | undefined;
    main?.querySelectorAll("[aria-live]").forEach((count) => count.remove());
    return main?.innerHTML;
  });
  await page.getByRole("button", { name: button, exact: true }).click();
  await page.waitForFunction(
    (previous) => {
      const main = document.querySelector("main")?.cloneNode(true) as HTMLElement | undefined;
      main?.querySelectorAll("[aria-live]").forEach((count) => count.remove());
      return main?.innerHTML !== previous;
    },
    before,
    { polling: 50 },
  );
}
