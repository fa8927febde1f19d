import type { Browser, BrowserContext, Page } from "playwright-core";
import { DEMO_SIGN_INS, DEMO_YOUNG_PERSON_TO_INVITE } from "../../api/src/demo/demo-sign-ins";
import { choicesSeenBy, inWords, nextReviewFromApi, sendChoicesAs } from "../support/api";
import { launchChromium } from "../support/chromium";
import { accessibilityViolations, horizontalOverflow, signIn, submitAndWait } from "../support/pages";

const iro = DEMO_SIGN_INS.find((demo) => demo.role === "IRO")!;
const sam = DEMO_SIGN_INS.find((demo) => demo.role === "YOUNG_PERSON")!;
const manager = DEMO_SIGN_INS.find((demo) => demo.role === "IRO_MANAGER")!;
const WRITE_TO_SAM = "Write to Sam: they will read this";
const PLACE_REASON = "The library is closed on school days, so we will meet at your school instead.";

let browser: Browser;
const contexts: BrowserContext[] = [];
beforeAll(async () => {
  browser = await launchChromium();
  // The demo data has no choices: Sam makes some, as the young person pages would.
  await sendChoicesAs(sam.username, sam.passphrase, {
    place: "COMMUNITY_PLACE",
    placeDetails: "The library on King Street",
    preferredTimes: ["AFTER_SCHOOL"],
    invite: ["Helen"],
    notWanted: ["Tom"],
    notWantedOthers: "My old teacher",
    meetIroFirst: true,
    chairing: "CO_CHAIR",
  });
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

async function openSamsReview(page: Page): Promise<void> {
  await signIn(page, iro.username, iro.passphrase);
  await page.getByRole("link", { name: "Your young people" }).click();
  await page.getByRole("link", { name: "Next review and choices for Sam", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Sam's next review" }).waitFor();
}

let samsReviewAddress = "";

const text = (page: Page, selector: string) => page.locator(selector).innerText();
const answerAbout = (page: Page, topic: string) => page.getByRole("group", { name: topic, exact: true });

describe("the choices a young person sent about their review", () => {
  // One story, in order: what the IRO answers and locks here, the later test and the young person see.
  it("are shown to their IRO in plain words, with who is not wanted kept apart, and take answers and the lock", async () => {
    const page = await newPage();
    await openSamsReview(page);
    samsReviewAddress = page.url();
    await expect(text(page, "main")).resolves.toContain(`The review is on ${inWords(await nextReviewFromApi(sam.username, sam.passphrase))} at`);

    const choices = await text(page, ".summary-list");
    expect(choices).toContain("Somewhere in the community, like a library or youth centre");
    expect(choices).toContain("In their words: The library on King Street");
    expect(choices).toContain("Best times: after school");
    expect(choices).toContain("From their network: Helen");
    expect(choices).toContain("Sam would like to chair it with you");
    expect(choices).toMatch(/How the meeting works\s+Sam did not say\./);
    expect(choices).not.toMatch(/Tom|old teacher/);

    const notWanted = page.getByRole("region", { name: "Who Sam does not want there" });
    await expect(notWanted.innerText()).resolves.toMatch(/Only you can see this\. Sam asked for it to stay private\.\s+From their network: Tom\s+Anyone else: My old teacher/);
    // Only what Sam sent can be answered.
    await expect(page.getByRole("button", { name: "I can do this (How the meeting works)" }).count()).resolves.toBe(0);
    await expectAccessibleAndNarrow(page);

    await submitAndWait(page, "Answer with a reason (Where to meet)");
    const summary = page.getByRole("alert");
    await expect(summary.innerText()).resolves.toContain("Say why, in words the young person will understand.");
    await expect(summary.getByRole("link").getAttribute("href")).resolves.toBe("#reason-PLACE");
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe("error-summary");
    await expect(page.title()).resolves.toBe("Error: Sam's next review – My Review");
    await expect(answerAbout(page, "Where to meet").getByLabel(WRITE_TO_SAM).getAttribute("aria-describedby")).resolves.toBe("reason-PLACE-hint reason-PLACE-error");
    await expectAccessibleAndNarrow(page);

    await answerAbout(page, "Where to meet").getByLabel(WRITE_TO_SAM).fill(PLACE_REASON);
    await submitAndWait(page, "Answer with a reason (Where to meet)");
    await expect(page.getByRole("status").innerText()).resolves.toBe("Your answer about “Where to meet” is saved. Sam can read it now.");
    await expect(answerAbout(page, "Where to meet").innerText()).resolves.toMatch(new RegExp(`you answered with a reason\\.\\s+What you wrote to Sam:\\s+${PLACE_REASON}`));
    await expect(answerAbout(page, "Where to meet").getByLabel(WRITE_TO_SAM).inputValue()).resolves.toBe("");

    await submitAndWait(page, "I can do this (Who chairs)");
    await expect(page.getByRole("status").innerText()).resolves.toBe("Your answer about “Who chairs” is saved. Sam can read it now.");
    await expect(answerAbout(page, "Who chairs").innerText()).resolves.toContain("you said you can do this.");

    await expect(text(page, "main")).resolves.toContain("If you stop changes, Sam will see that you are arranging their review");
    await submitAndWait(page, "Stop changes while I arrange the review");
    await expect(page.getByRole("status").innerText()).resolves.toBe("Sam's choices cannot change now, while you arrange the review.");
    await expect(page.getByRole("button", { name: "Let Sam change their choices again" }).isVisible()).resolves.toBe(true);

    const seenBySam = await choicesSeenBy(sam.username, sam.passphrase);
    expect(seenBySam.lockedAt).not.toBeNull();
    expect(seenBySam.answers).toEqual(
      expect.arrayContaining([
        { topic: "PLACE", accepted: false, reason: PLACE_REASON },
        { topic: "CHAIRING", accepted: true, reason: null },
      ]),
    );
  });

  it("work the same without JavaScript, keeping what was typed when the API refuses it", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await openSamsReview(page);

    await submitAndWait(page, "Let Sam change their choices again");
    await expect(page.getByRole("status").innerText()).resolves.toBe("Sam can change their choices again.");

    const tooLong = "We cannot meet at the library on a school day. ".repeat(25);
    await answerAbout(page, "Where to meet").getByLabel(WRITE_TO_SAM).fill(tooLong);
    await submitAndWait(page, "Answer with a reason (Where to meet)");
    await expect(page.getByRole("alert").innerText()).resolves.toContain("Keep the reason to 1000 characters.");
    await expect(answerAbout(page, "Where to meet").getByLabel(WRITE_TO_SAM).inputValue()).resolves.toBe(tooLong);

    await submitAndWait(page, "I can do this (Meeting you first)");
    await expect(page.getByRole("status").innerText()).resolves.toBe("Your answer about “Meeting you first” is saved. Sam can read it now.");
    await expect(page.getByRole("alert").count()).resolves.toBe(0);

    const seenBySam = await choicesSeenBy(sam.username, sam.passphrase);
    expect(seenBySam.lockedAt).toBeNull();
    expect(seenBySam.answers).toContainEqual({ topic: "MEET_IRO_FIRST", accepted: true, reason: null });

    await page.getByRole("link", { name: "Back to your young people" }).click();
    await page.getByRole("link", { name: `Next review and choices for ${DEMO_YOUNG_PERSON_TO_INVITE.firstName}`, exact: true }).click();
    await expect(text(page, "main")).resolves.toContain(`${DEMO_YOUNG_PERSON_TO_INVITE.firstName} has not sent their choices yet.`);
  });

  it("are not there for anyone but the young person's IRO, even their manager", async () => {
    const page = await newPage();
    await signIn(page, manager.username, manager.passphrase);
    await page.getByRole("link", { name: "Your young people" }).click();
    await page.getByRole("heading", { level: 1, name: "Your young people" }).waitFor();
    await expect(page.getByRole("link", { name: /Next review and choices/ }).count()).resolves.toBe(0);

    const response = await page.goto(samsReviewAddress);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toBe("We cannot find that page");
    await expect(text(page, "main")).resolves.not.toMatch(/Tom|old teacher/);
  });
});
