import type { Browser, BrowserContext, Page } from "playwright-core";
import { DEMO_SIGN_INS } from "../../api/src/demo/demo-sign-ins";
import { inWords, nextReviewFromApi, viewsVersionsSeenBy } from "../support/api";
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

async function newPage(options: { javaScriptEnabled: boolean }): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: options.javaScriptEnabled, viewport: { width: 1024, height: 800 } });
  contexts.push(context);
  return context.newPage();
}

async function expectAccessibleAndNarrow(page: Page): Promise<void> {
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 320, height: 640 });
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1024, height: 800 });
}

const heading = (page: Page) => page.getByRole("heading", { level: 1 }).innerText();
const main = (page: Page) => page.locator("main").innerText();

const WRITTEN = {
  goingWell: "Football on Saturdays.\nMy new bike.",
  worryingMe: "Moving school next year",
  wouldLikeToChange: "More time with my brother",
  talkAboutAtReview: "Staying at Oak Lodge",
  anythingElse: "Thank you for asking",
};
const CHANGED_WORRY = "Nothing right now";

/** Each question page in turn: the words to type, or the face to choose. */
async function answerText(page: Page, title: string, text: string): Promise<void> {
  await expect(heading(page)).resolves.toBe(title);
  await page.getByLabel(title).fill(text);
  await submitAndWait(page, "Continue");
}

async function chooseFace(page: Page, title: string, feeling: string): Promise<void> {
  await expect(heading(page)).resolves.toBe(title);
  await page.getByRole("group", { name: title }).getByLabel(feeling, { exact: true }).check();
  await submitAndWait(page, "Continue");
}

describe("a young person's views before their review", () => {
  it("are written one question a page without JavaScript, kept across signing out, checked, sent and changed", async () => {
    const phone = await newPage({ javaScriptEnabled: false });
    await signIn(phone, sam.username, sam.passphrase);
    await phone.getByRole("link", { name: "Say what you think before your review" }).click();
    await expect(heading(phone)).resolves.toBe("Say what you think");
    await expect(main(phone)).resolves.toContain("You have not answered any questions yet.");
    await phone.getByRole("link", { name: "Start" }).click();

    await expect(heading(phone)).resolves.toBe("Who can read your views?");
    await submitAndWait(phone, "Continue");
    await expect(phone.getByRole("alert").innerText()).resolves.toContain("Choose who can read your views");
    await phone.getByLabel("My IRO and my social worker").check();
    await submitAndWait(phone, "Continue");

    await expect(heading(phone)).resolves.toBe("What is going well for you?");
    await expect(main(phone)).resolves.toContain("Your IRO and your social worker will read this. Change who can see it");
    await phone.getByLabel("What is going well for you?").fill(WRITTEN.goingWell);
    // Fewer words, then more again, without JavaScript: what was typed stays.
    await submitAndWait(phone, "Use fewer words");
    await expect(heading(phone)).resolves.toBe("What is good right now?");
    await expect(phone.getByLabel("What is good right now?").inputValue()).resolves.toBe(WRITTEN.goingWell);
    await submitAndWait(phone, "Use more words");
    await expect(heading(phone)).resolves.toBe("What is going well for you?");
    await submitAndWait(phone, "Continue");

    await answerText(phone, "Is anything worrying you?", WRITTEN.worryingMe);
    await answerText(phone, "What would you like to change?", WRITTEN.wouldLikeToChange);
    await answerText(phone, "What do you want to talk about at your review?", WRITTEN.talkAboutAtReview);
    await expect(heading(phone)).resolves.toBe("How do you feel about home?");
    await phone.getByLabel("Happy", { exact: true }).check();
    await submitAndWait(phone, "Save and come back later");
    await expect(phone.getByRole("status").innerText()).resolves.toContain("We have saved your answers.");

    await submitAndWait(phone, "Sign out");
    await signIn(phone, sam.username, sam.passphrase);
    await phone.goto(portalUrl("/my-views"));
    await expect(main(phone)).resolves.toContain("We have saved what you have written so far. You have not sent it yet.");
    await phone.getByRole("link", { name: "Carry on" }).click();
    await expect(heading(phone)).resolves.toBe("How do you feel about school or college?");
    await phone.getByRole("link", { name: "Back" }).click();
    await expect(phone.getByLabel("Happy", { exact: true }).isChecked()).resolves.toBe(true);
    await submitAndWait(phone, "Continue");

    await chooseFace(phone, "How do you feel about school or college?", "OK");
    await chooseFace(phone, "How do you feel about your health?", "Very happy");
    await chooseFace(phone, "How do you feel about time with your family?", "Unhappy");
    await chooseFace(phone, "How do you feel about your friends and the things you do?", "Very unhappy");
    await answerText(phone, "Is there anything else you want to say?", WRITTEN.anythingElse);

    await expect(heading(phone)).resolves.toBe("Check your views");
    const answers = await phone.locator(".summary-list").innerText();
    for (const answer of ["My IRO and my social worker", ...Object.values(WRITTEN), "Happy", "OK", "Very happy", "Unhappy", "Very unhappy"]) {
      expect(answers).toContain(answer);
    }
    await submitAndWait(phone, "Send my views");
    await expect(heading(phone)).resolves.toBe("Your views have been sent");
    const review = await nextReviewFromApi(sam.username, sam.passphrase);
    await expect(main(phone)).resolves.toContain("Your IRO and your social worker will read them.");
    await expect(main(phone)).resolves.toContain(`They will read them before your review on ${inWords(review)}.`);

    await phone.getByRole("link", { name: "Back to your views" }).click();
    await expect(main(phone)).resolves.toContain(`You sent your views on ${inWords(new Date())}.`);
    await phone.getByRole("link", { name: "Add to or change your views" }).click();
    await phone.getByRole("link", { name: "Change Is anything worrying you?" }).click();
    await expect(phone.getByLabel("Is anything worrying you?").inputValue()).resolves.toBe(WRITTEN.worryingMe);
    await phone.getByLabel("Is anything worrying you?").fill(CHANGED_WORRY);
    await submitAndWait(phone, "Continue");
    await expect(heading(phone)).resolves.toBe("Check your views");
    await phone.goto(portalUrl("/my-views"));
    await expect(main(phone)).resolves.toContain("You have changes you have not sent.");
    await phone.getByRole("link", { name: "Check and send your changes" }).click();
    // A double click sends the same form twice, with the same submission key: one new version.
    await phone.getByRole("button", { name: "Send my views" }).dblclick();
    await phone.getByRole("heading", { level: 1, name: "Your views have been sent" }).waitFor();

    const versions = await viewsVersionsSeenBy(sam.username, sam.passphrase);
    expect(versions.map(({ number, worryingMe }) => ({ number, worryingMe }))).toEqual([
      { number: 2, worryingMe: CHANGED_WORRY },
      { number: 1, worryingMe: WRITTEN.worryingMe },
    ]);
    expect(versions.every(({ audience, feelingAboutHome }) => audience === "IRO_AND_SOCIAL_WORKER" && feelingAboutHome === "HAPPY")).toBe(true);
  });

  it("are saved in the background while the young person types, with JavaScript", async () => {
    const page = await newPage({ javaScriptEnabled: true });
    await signIn(page, sam.username, sam.passphrase);
    await page.goto(portalUrl("/my-views/talk-about"));
    const box = page.getByLabel("What do you want to talk about at your review?");
    await box.fill("Staying at Oak Lodge, and seeing my brother more");
    await expect(page.getByRole("status").filter({ hasText: "Your answer is saved." }).waitFor()).resolves.toBeUndefined();
    await page.reload();
    await expect(box.inputValue()).resolves.toBe("Staying at Oak Lodge, and seeing my brother more");
  });

  it("are asked on pages that are accessible and fit a small phone, errors and all", async () => {
    const page = await newPage({ javaScriptEnabled: true });
    await signIn(page, sam.username, sam.passphrase);
    const questions = ["going-well", "worries", "changes", "talk-about", "feel-about-home", "feel-about-school", "feel-about-health", "feel-about-family-time", "feel-about-friends", "anything-else"];
    for (const path of ["", "/who-can-see", ...questions.map((question) => `/${question}`), "/check-answers", "/sent"]) {
      await page.goto(portalUrl(`/my-views${path}`));
      await expectAccessibleAndNarrow(page);
    }

    await page.goto(portalUrl("/my-views/going-well"));
    const tooLong = `${"My words. ".repeat(400)}!`;
    await page.getByLabel("What is going well for you?").fill(tooLong);
    await submitAndWait(page, "Continue");
    await expect(page.getByRole("alert").innerText()).resolves.toContain("Keep your answer to 4000 characters or fewer");
    await expect(page.title()).resolves.toBe("Error: What is going well for you? – My Review");
    await expect(page.getByLabel("What is going well for you?").inputValue()).resolves.toBe(tooLong);
    await expectAccessibleAndNarrow(page);
  });
});
