import type { Browser, BrowserContext, Page } from "playwright-core";
import { DEMO_SIGN_INS, DEMO_YOUNG_PERSON_TO_INVITE } from "../../api/src/demo/demo-sign-ins";
import { portalUrl } from "../support/app-under-test";
import { launchChromium } from "../support/chromium";
import { accessibilityViolations, horizontalOverflow, signIn, submitAndWait } from "../support/pages";

const iro = DEMO_SIGN_INS.find((demo) => demo.role === "IRO")!;
const { firstName } = DEMO_YOUNG_PERSON_TO_INVITE;

let browser: Browser;
const contexts: BrowserContext[] = [];
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  await browser?.close();
});

async function newPage(options: { javaScriptEnabled?: boolean; width?: number } = {}): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true, viewport: { width: options.width ?? 1024, height: 800 } });
  contexts.push(context);
  return context.newPage();
}

async function expectAccessibleAndNarrow(page: Page): Promise<void> {
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 320, height: 640 });
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1024, height: 800 });
}

async function enterCode(page: Page, code: string): Promise<void> {
  await page.goto(portalUrl("/activate"));
  await page.getByLabel("Your code").fill(code);
  await submitAndWait(page, "Continue");
}

// One story, in order: the code the IRO makes is the one the young person uses.
describe("an IRO invites a young person, who makes their account", () => {
  let code = "";

  it("lets the demo IRO make a code for a young person with no account", async () => {
    const page = await newPage();
    await signIn(page, iro.username, iro.passphrase);
    await page.getByRole("link", { name: "Your young people" }).click();
    await page.getByRole("heading", { name: "Your young people" }).waitFor();
    await expectAccessibleAndNarrow(page);

    await submitAndWait(page, `Make an invitation code for ${firstName}`);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(`Invitation code for ${firstName}`);
    code = (await page.getByTestId("invitation-code").textContent()) ?? "";
    expect(code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    await expectAccessibleAndNarrow(page);
  });

  it("shows the young person's pages without accessibility problems, before they use the code", async () => {
    const page = await newPage();
    await page.goto(portalUrl("/activate"));
    await expectAccessibleAndNarrow(page);
    await enterCode(page, code);
    await page.getByRole("heading", { name: "Choose how you sign in" }).waitFor();
    await expectAccessibleAndNarrow(page);
  });

  it("lets the young person make their account with the code, without JavaScript, then sign out and in", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await enterCode(page, code.toLowerCase().replace("-", " "));
    await expect(page.locator("main").textContent()).resolves.toContain(`Hello ${firstName}. Choose a username and a passphrase.`);

    await page.getByLabel("Username").fill("jamie.o");
    await page.getByLabel("Passphrase").fill("password123");
    await submitAndWait(page, "Make my account");
    await expect(page.getByRole("alert").textContent()).resolves.toContain("There is a problem");
    await expect(page.getByLabel("Username").inputValue()).resolves.toBe("jamie.o");

    await page.getByLabel("Passphrase").fill("bright yellow kite");
    await submitAndWait(page, "Make my account");
    await expect(page.getByRole("status").textContent()).resolves.toContain("Your account is ready.");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(`Hello ${firstName}`);

    await submitAndWait(page, "Sign out");
    await signIn(page, "jamie.o", "bright yellow kite");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(`Hello ${firstName}`);
  });

  it("refuses the code once it has been used, saying what to do", async () => {
    const page = await newPage();
    await enterCode(page, code);
    await expect(page.getByRole("alert").textContent()).resolves.toContain("That code has already been used.");
  });
});

describe("someone guessing", () => {
  it("is told plainly to wait after five wrong passphrases", async () => {
    const page = await newPage();
    const messages: string[] = [];
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await signIn(page, "someone.guessing", `wrong guess ${attempt}`);
      messages.push((await page.getByRole("alert").textContent()) ?? "");
    }
    expect(messages.slice(0, 4).every((message) => message.includes("The username or passphrase is not right."))).toBe(true);
    expect(messages[4]).toMatch(/You have tried too many times\. Please wait 15 minutes, then try again\./);
  });

  it("is told a code is not recognised", async () => {
    const page = await newPage();
    await enterCode(page, "ZZZZZ-ZZZZZ");
    await expect(page.getByRole("alert").textContent()).resolves.toContain("We do not recognise that code.");
  });
});
