import type { Page } from "playwright-core";
import { accountForAnotherYoungPerson } from "../support/api";
import { portalUrl } from "../support/app-under-test";
import { expectAccessibleAndNarrow, heading, useBrowser } from "../support/browser";
import { DEMO_IRO, DEMO_YOUNG_PERSON as youngPerson, DEMO_YOUNG_PERSON_TO_INVITE } from "../support/demo-people";
import { signIn } from "../support/pages";

// The other stories read what Sam and Jamie answer, so the answer left typed is another young person's.
const ACCOUNT = { username: "timeout.warning", passphrase: "quiet meadow lantern five" };

const { newPage } = useBrowser();

beforeAll(async () => {
  await accountForAnotherYoungPerson(DEMO_IRO, ACCOUNT, ["Sam", DEMO_YOUNG_PERSON_TO_INVITE.firstName]);
});

const WARNING = "You're about to be signed out";
const pathOf = (page: Page) => new URL(page.url()).pathname;

/** Signed in with the page's clock under the test's control, so half an hour passes at once. */
async function signedInWithClock(person: { username: string; passphrase: string } = youngPerson): Promise<Page> {
  const page = await newPage();
  await page.clock.install({ time: new Date() });
  // Listened for before signing in: the home page may read the end before signIn returns.
  const read = page.waitForResponse((response) => new URL(response.url()).pathname.startsWith("/session/ends"));
  await signIn(page, person.username, person.passphrase);
  expect(pathOf(page)).toBe("/");
  await read;
  return page;
}

/** When the API says the session ends if unused, asked through the portal with the page's own cookie. */
async function idleEndFromApi(page: Page): Promise<number> {
  const response = await page.request.get(portalUrl("/session/ends"));
  const { ends } = (await response.json()) as { ends: { idleEndsAt: string } | null };
  if (!ends) throw new Error("The session has ended.");
  return Date.parse(ends.idleEndsAt);
}

describe("the warning before a session ends from not being used", () => {
  it("comes two minutes before the end, with the focus in it, and lets them stay signed in", async () => {
    const page = await signedInWithClock();
    const endBefore = await idleEndFromApi(page);
    const dialog = page.getByRole("dialog", { name: WARNING });
    await expect(dialog.isVisible()).resolves.toBe(false);

    await page.clock.fastForward("27:50");
    await expect(dialog.isVisible()).resolves.toBe(false);
    await page.clock.fastForward("00:15");
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toContain("we will sign you out in 1 minute");
    await expect(page.evaluate(() => document.activeElement?.closest("dialog") !== null)).resolves.toBe(true);
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe("Stay signed in");
    await expectAccessibleAndNarrow(page);

    const stayed = page.waitForResponse((response) => new URL(response.url()).pathname.startsWith("/session/keep-alive"));
    await dialog.getByRole("button", { name: "Stay signed in" }).click();
    await stayed;
    await dialog.waitFor({ state: "hidden" });
    expect(await idleEndFromApi(page)).toBeGreaterThan(endBefore);

    await page.reload();
    expect(pathOf(page)).toBe("/");
    await expect(heading(page)).resolves.toBe(`Hello ${youngPerson.firstName}`);
  });

  it("stays signed in when Escape is pressed", async () => {
    const page = await signedInWithClock();
    await page.clock.fastForward("28:05");
    const dialog = page.getByRole("dialog", { name: WARNING });
    await dialog.waitFor();

    const stayed = page.waitForResponse((response) => new URL(response.url()).pathname.startsWith("/session/keep-alive"));
    await page.keyboard.press("Escape");
    await stayed;
    await dialog.waitFor({ state: "hidden" });
    await page.reload();
    await expect(heading(page)).resolves.toBe(`Hello ${youngPerson.firstName}`);
  });

  it("signs them out when the time runs out, and the sign-in page says why", async () => {
    const page = await signedInWithClock();
    await page.clock.fastForward("28:05");
    await page.getByRole("dialog", { name: WARNING }).waitFor();

    await page.clock.fastForward("02:00");
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    expect(pathOf(page)).toBe("/sign-in");
    await expect(page.getByRole("status").textContent()).resolves.toBe("We signed you out to keep your information safe. Sign in again to carry on.");

    await page.goto(portalUrl("/"));
    expect(pathOf(page)).toBe("/sign-in");
  });

  it("on a question page, keeps what was typed when the time runs out, there again after signing in", async () => {
    const page = await signedInWithClock(ACCOUNT);
    const read = page.waitForResponse((response) => new URL(response.url()).pathname.startsWith("/session/ends"));
    await page.goto(portalUrl("/my-views/worries"));
    await read;
    await page.getByRole("textbox").fill("Moving to a new school");
    // The background save counts as use, and the end is read again after it: let both happen before time runs on.
    const readAgain = page.waitForResponse((response) => new URL(response.url()).pathname.startsWith("/session/ends"));
    await page.clock.fastForward("00:03");
    await page.getByText("Your answer is saved.").waitFor();
    await readAgain;

    await page.clock.fastForward("28:05");
    await page.getByRole("dialog", { name: WARNING }).waitFor();
    await page.clock.fastForward("02:00");
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    await page.getByRole("status").filter({ hasText: "We signed you out to keep your information safe." }).waitFor();

    await signIn(page, ACCOUNT.username, ACCOUNT.passphrase);
    await page.goto(portalUrl("/my-views/worries"));
    await expect(page.getByRole("textbox").inputValue()).resolves.toBe("Moving to a new school");
  });

  it("is not on the page without JavaScript, which the session's end does not change", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await signIn(page, youngPerson.username, youngPerson.passphrase);
    expect(pathOf(page)).toBe("/");
    await expect(page.locator("dialog").count()).resolves.toBe(0);
  });
});
