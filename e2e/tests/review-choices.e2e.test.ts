import type { Browser, BrowserContext, Page } from "playwright-core";
import { DEMO_SIGN_INS } from "../../api/src/demo/demo-sign-ins";
import { portalUrl } from "../support/app-under-test";
import { launchChromium } from "../support/chromium";
import { accessibilityViolations, horizontalOverflow, signIn, submitAndWait } from "../support/pages";

const sam = DEMO_SIGN_INS.find((demo) => demo.role === "YOUNG_PERSON")!;

let browser: Browser;
const contexts: BrowserContext[] = [];
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  await browser?.close();
});

async function newPage(options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true, viewport: { width: 1024, height: 800 } });
  contexts.push(context);
  return context.newPage();
}

async function expectAccessibleAndNarrow(page: Page): Promise<void> {
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 320, height: 640 });
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1024, height: 800 });
}

const heading = (page: Page) => page.getByRole("heading", { level: 1 }).textContent();
const main = (page: Page) => page.locator("main").textContent();

/** Sam answers every question on a phone without JavaScript, leaving before the last is sent. */
async function makeEveryChoiceWithoutJavaScript(phone: Page): Promise<void> {
  await signIn(phone, sam.username, sam.passphrase);
  await phone.getByRole("link", { name: "Your next review: choose where, when and who" }).click();
  await expect(heading(phone)).resolves.toBe("Your next review");
  await expect(main(phone)).resolves.toContain("You have not made any choices yet.");
  await phone.getByRole("link", { name: "Make your choices" }).click();

  await expect(heading(phone)).resolves.toBe("Where would you like your review to happen?");
  await phone.getByLabel("Somewhere else").check();
  await submitAndWait(phone, "Continue");
  await expect(phone.getByRole("alert").textContent()).resolves.toContain("Tell us where you would like to meet");
  await expect(phone.getByLabel("Somewhere else").isChecked()).resolves.toBe(true);
  await phone.getByLabel("Which place?").fill("The library on King Street");
  await submitAndWait(phone, "Continue");

  await expect(heading(phone)).resolves.toBe("How would you like your review to happen?");
  await phone.getByLabel("A few short meetings").check();
  await phone.getByLabel("Some people in person, some online").check();
  await submitAndWait(phone, "Continue");

  await expect(heading(phone)).resolves.toBe("When would you like your review to happen?");
  await phone.getByLabel("After school or college").check();
  await phone.getByLabel("At the weekend").check();
  await phone.getByLabel("Are there times that do not work for you?").fill("Football on Tuesdays");
  await submitAndWait(phone, "Continue");

  await expect(heading(phone)).resolves.toBe("Who would you like at your review?");
  // Mark may not be invited, so he is not offered here.
  await expect(phone.getByLabel("Mark").count()).resolves.toBe(0);
  await phone.getByLabel("Helen").check();
  await phone.getByLabel("Grace").check();
  await phone.getByLabel("Anyone else?").fill("Mr Khan, my football coach");
  await submitAndWait(phone, "Continue");

  await expect(heading(phone)).resolves.toBe("Is there anyone you do not want at your review?");
  await expect(main(phone)).resolves.toContain("Only your IRO will see this answer.");
  await phone.getByLabel("Mark").check();
  await submitAndWait(phone, "Continue");

  await expect(heading(phone)).resolves.toBe("Would you like to meet your IRO on your own first?");
  await phone.getByLabel("Yes, I would like to").check();
  await submitAndWait(phone, "Continue");

  await expect(heading(phone)).resolves.toBe("Who would you like to chair your review?");
  await phone.getByLabel("I would like to chair it with my IRO").check();
  await submitAndWait(phone, "Save and come back later");
  await expect(phone.getByRole("status").textContent()).resolves.toContain("We have saved your answers.");
  await expect(main(phone)).resolves.toContain("You have not sent your choices to your IRO yet.");
}

describe("a young person's choices about their next review", () => {
  it("are made one question at a time without JavaScript, kept across signing in again, checked and sent", async () => {
    const phone = await newPage({ javaScriptEnabled: false });
    await makeEveryChoiceWithoutJavaScript(phone);

    await submitAndWait(phone, "Sign out");
    await signIn(phone, sam.username, sam.passphrase);
    await phone.goto(portalUrl("/my-review"));
    const summary = await main(phone);
    for (const answer of ["Somewhere else", "The library on King Street", "A few short meetings", "After school or college, At the weekend", "Not: Football on Tuesdays", "Helen, Grace", "Mr Khan, my football coach", "Mark", "Yes, I would like to", "I would like to chair it with my IRO"]) {
      expect(summary).toContain(answer);
    }

    await phone.getByRole("link", { name: "Check and send your choices" }).click();
    await expect(heading(phone)).resolves.toBe("Check your choices");
    await phone.getByRole("link", { name: "Change Who chairs" }).click();
    await expect(phone.getByLabel("I would like to chair it with my IRO").isChecked()).resolves.toBe(true);
    await phone.getByLabel("I would like to chair it", { exact: true }).check();
    await submitAndWait(phone, "Continue");
    await expect(heading(phone)).resolves.toBe("Check your choices");
    await expect(main(phone)).resolves.toContain("I would like to chair it");
    await submitAndWait(phone, "Send my choices");
    await expect(phone.getByRole("status").textContent()).resolves.toContain("Your choices have gone to your IRO.");
    await expect(main(phone)).resolves.toMatch(/You sent your choices to your IRO on \w+ \d{1,2} \w+ \d{4}\./);
  });

  it("are asked on pages that are accessible and fit a small phone, errors and all", async () => {
    const page = await newPage();
    await signIn(page, sam.username, sam.passphrase);
    for (const path of ["/my-review", "/my-review/where", "/my-review/how", "/my-review/when", "/my-review/who", "/my-review/not-who", "/my-review/meet-iro-first", "/my-review/chairing", "/my-review/check-answers"]) {
      await page.goto(portalUrl(path));
      await expectAccessibleAndNarrow(page);
    }
    await page.goto(portalUrl("/my-review/where"));
    await page.getByLabel("Somewhere else").check();
    await page.getByLabel("Which place?").fill("");
    await submitAndWait(page, "Continue");
    await expect(page.getByRole("alert").textContent()).resolves.toContain("Tell us where you would like to meet");
    await expectAccessibleAndNarrow(page);
  });
});
