import { randomBytes } from "node:crypto";
import type { Browser, BrowserContext, Page, Response as PageResponse } from "playwright-core";
import { DEMO_SIGN_INS } from "../../api/src/demo/demo-sign-ins";
import { inWords, nextReviewFromApi } from "../support/api";
import { portalUrl } from "../support/app-under-test";
import { launchChromium } from "../support/chromium";
import { accessibilityViolations, horizontalOverflow, signIn, submitAndWait } from "../support/pages";

const sam = DEMO_SIGN_INS.find((demo) => demo.role === "YOUNG_PERSON")!;
const iro = DEMO_SIGN_INS.find((demo) => demo.role === "IRO")!;

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

const heading = (page: Page) => page.getByRole("heading", { level: 1 }).innerText();
const main = (page: Page) => page.locator("main").innerText();

/** The demo IRO, on the page where links are made for Sam's next review. */
async function openLinksPage(page: Page): Promise<void> {
  await signIn(page, iro.username, iro.passphrase);
  await page.getByRole("link", { name: "Your young people" }).click();
  await page.getByRole("link", { name: "Next review and choices for Sam", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Sam's next review" }).waitFor();
  await page.getByRole("link", { name: "Ask people for their views" }).click();
  await page.getByRole("heading", { level: 1, name: "Ask people for their views" }).waitFor();
}

/** Makes a link on the open links page and reads its address off the screen, the one time it is shown. */
async function makeLinkFor(page: Page, firstName: string): Promise<string> {
  await submitAndWait(page, `Make a link for ${firstName}`);
  await expect(heading(page)).resolves.toBe(`Link for ${firstName}`);
  return (await page.getByTestId("contribution-link").innerText()).trim();
}

/** Opens a link as its holder would, from a message: the answer to the link's own address, and where the browser ends. */
async function openLink(page: Page, link: string): Promise<{ redirect: PageResponse; final: PageResponse }> {
  const final = await page.goto(link);
  const redirect = await final?.request().redirectedFrom()?.response();
  if (!final || !redirect) throw new Error(`Opening ${link} did not redirect.`);
  return { redirect, final };
}

const rowFor = (page: Page, label: string) => page.locator(".summary-list__row", { hasText: label });

let helensLink = "";

// One story, in order: the link the IRO makes is the one Helen opens, uses, and then finds used.
describe("single-use links for the people in a young person's life", () => {
  it("are made by the young person's IRO, one per person, and shown once with how to send them", async () => {
    const page = await newPage();
    await openLinksPage(page);
    const date = inWords(await nextReviewFromApi(sam.username, sam.passphrase));
    await expect(main(page)).resolves.toContain(`Make a link for each person you would like to hear from before Sam's review on ${date}.`);
    await expect(rowFor(page, "Helen (foster carer)").innerText()).resolves.toContain("No link yet.");
    // Mark may not be invited to Sam's reviews, so he cannot be asked through a link.
    await expect(main(page)).resolves.not.toContain("Mark");
    await expectAccessibleAndNarrow(page);

    helensLink = await makeLinkFor(page, "Helen");
    expect(helensLink).toMatch(new RegExp(`^${portalUrl("/contribute/")}[A-Za-z0-9_-]{43}$`));
    await expect(main(page)).resolves.toContain("Send this link to Helen only, by text message or email. It works once, until");
    await expectAccessibleAndNarrow(page);

    await page.getByRole("link", { name: "Back to asking people for their views" }).click();
    await page.getByRole("heading", { level: 1, name: "Ask people for their views" }).waitFor();
    await expect(rowFor(page, "Helen (foster carer)").innerText()).resolves.toMatch(/Link made on \w+ \d{1,2} \w+ \d{4}\. It works until \w+ \d{1,2} \w+ \d{4}\./);
    await expect(main(page)).resolves.not.toContain(helensLink);
    await expect(page.getByRole("button", { name: "Make a new link for Helen" }).isVisible()).resolves.toBe(true);
  });

  it("are opened without JavaScript, take the token out of the address, keep a draft across visits, and are sent once", async () => {
    const phone = await newPage({ javaScriptEnabled: false });
    const { redirect, final } = await openLink(phone, helensLink);
    expect(redirect.status()).toBe(303);
    expect(redirect.headers()["referrer-policy"]).toBe("no-referrer");
    expect(final.url()).toBe(portalUrl("/contribute"));
    const held = (await phone.context().cookies()).find((cookie) => cookie.name === "my_review_link");
    expect(held).toMatchObject({ path: "/contribute", httpOnly: true, secure: true, sameSite: "Lax" });
    expect(held?.value).not.toContain(helensLink.split("/").pop());

    const date = inWords(await nextReviewFromApi(sam.username, sam.passphrase));
    await expect(heading(phone)).resolves.toBe("Your views before Sam's review");
    await expect(main(phone)).resolves.toContain(`You are helping Sam get ready for their review on ${date}.`);
    await expect(main(phone)).resolves.toContain("Sam's Independent Reviewing Officer (IRO) will read your answers.");
    await expect(main(phone)).resolves.toContain("You can skip any question.");
    await phone.getByRole("link", { name: "Start" }).click();

    await expect(heading(phone)).resolves.toBe("How do you think things are going for Sam at the moment?");
    await phone.getByLabel("How do you think things are going for Sam at the moment?").fill("Sam has settled in well.");
    await submitAndWait(phone, "Continue");
    await expect(heading(phone)).resolves.toBe("What is going well for Sam?");
    await phone.getByLabel("What is going well for Sam?").fill("Football on Saturdays.");
    await submitAndWait(phone, "Save and come back later");
    await expect(phone.getByRole("status").innerText()).resolves.toContain("Your answers are saved. To come back, open the link you were sent again.");
    expect(phone.url()).not.toContain(helensLink.split("/").pop());

    await openLink(phone, helensLink);
    await expect(main(phone)).resolves.toMatch(/You have started\. Your answers were last saved on \w+ \d{1,2} \w+ \d{4} at /);
    await phone.getByRole("link", { name: "Carry on with your answers" }).click();
    await expect(heading(phone)).resolves.toBe("Is there anything that worries you?");
    await submitAndWait(phone, "Continue");
    await expect(heading(phone)).resolves.toBe("What would you like the review to talk about?");
    await submitAndWait(phone, "Continue");
    // A foster carer is asked about day-to-day life and the support they need.
    await expect(heading(phone)).resolves.toBe("How is Sam's day-to-day life with you?");
    await phone.getByLabel("How is Sam's day-to-day life with you?").fill("Busy, happy, tired on Mondays.");
    await submitAndWait(phone, "Continue");
    await expect(heading(phone)).resolves.toBe("What support do you need to care for Sam?");
    await submitAndWait(phone, "Continue");
    await expect(heading(phone)).resolves.toBe("Is there anything else you would like to say?");
    await submitAndWait(phone, "Continue");

    await expect(heading(phone)).resolves.toBe("Check your answers before you send them");
    await expect(rowFor(phone, "How do you think things are going for Sam at the moment?").innerText()).resolves.toContain("Sam has settled in well.");
    await expect(rowFor(phone, "What is going well for Sam?").innerText()).resolves.toContain("Football on Saturdays.");
    await expect(rowFor(phone, "Is there anything that worries you?").innerText()).resolves.toContain("Not answered");
    await phone.getByRole("link", { name: "Change What is going well for Sam?" }).click();
    await expect(phone.getByLabel("What is going well for Sam?").inputValue()).resolves.toBe("Football on Saturdays.");
    await phone.getByLabel("What is going well for Sam?").fill("Football on Saturdays, and a new friend.");
    await submitAndWait(phone, "Continue");
    await expect(heading(phone)).resolves.toBe("Check your answers before you send them");
    await expect(rowFor(phone, "What is going well for Sam?").innerText()).resolves.toContain("and a new friend.");

    await submitAndWait(phone, "Send my views");
    await expect(heading(phone)).resolves.toBe("Thank you");
    await expect(main(phone)).resolves.toContain("Your views have gone to the Independent Reviewing Officer (IRO).");

    const { final: again } = await openLink(phone, helensLink);
    expect(again.status()).toBe(410);
    await expect(heading(phone)).resolves.toBe("Your views have already been sent");
    await expect(main(phone)).resolves.toContain("ask the Independent Reviewing Officer (IRO) who sent it for a new link.");
  });

  it("that are not known get a clear page saying what to do, not an error", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    const { final } = await openLink(page, portalUrl(`/contribute/${randomBytes(32).toString("base64url")}`));
    expect(final.status()).toBe(200);
    await expect(heading(page)).resolves.toBe("We do not recognise this link");
    await expect(main(page)).resolves.toContain("Check that you used the whole link you were sent");

    const withNoLink = await newPage({ javaScriptEnabled: false });
    await withNoLink.goto(portalUrl("/contribute/check-answers"));
    await expect(heading(withNoLink)).resolves.toBe("Open the link you were sent");
  });

  it("show the IRO that Helen has sent her views", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await openLinksPage(page);
    await expect(rowFor(page, "Helen (foster carer)").innerText()).resolves.toContain("Helen has sent their views.");
  });

  it("open pages that are accessible and fit a small phone with JavaScript, errors and all", async () => {
    const iroPage = await newPage();
    await openLinksPage(iroPage);
    const gracesLink = await makeLinkFor(iroPage, "Grace");

    const page = await newPage();
    await openLink(page, gracesLink);
    await expect(heading(page)).resolves.toBe("Your views before Sam's review");
    await expectAccessibleAndNarrow(page);
    await page.getByRole("link", { name: "Start" }).click();

    const first = "How do you think things are going for Sam at the moment?";
    await page.getByRole("heading", { level: 1, name: first }).waitFor();
    await expectAccessibleAndNarrow(page);
    const tooLong = "a".repeat(4001);
    await page.getByLabel(first).fill(tooLong);
    await submitAndWait(page, "Continue");
    await expect(page.getByRole("alert").innerText()).resolves.toContain("Your answer is too long. Please keep it to 4,000 characters, about 600 words.");
    await expect(page.getByLabel(first).inputValue()).resolves.toBe(tooLong);
    await expect(page.title()).resolves.toBe(`Error: ${first} – My Review`);
    await expectAccessibleAndNarrow(page);

    await page.getByLabel(first).fill("Up and down, but better since the summer.");
    await submitAndWait(page, "Continue");
    // A parent is asked about time together and how they would like to be involved.
    for (const question of ["What is going well for Sam?", "Is there anything that worries you?", "What would you like the review to talk about?", "How is your time with Sam going?", "How would you like to be involved in plans for Sam?", "Is there anything else you would like to say?"]) {
      await expect(heading(page)).resolves.toBe(question);
      await submitAndWait(page, "Continue");
    }
    await expect(heading(page)).resolves.toBe("Check your answers before you send them");
    await expectAccessibleAndNarrow(page);
    await submitAndWait(page, "Send my views");
    await expect(heading(page)).resolves.toBe("Thank you");
    await expectAccessibleAndNarrow(page);

    await openLink(page, gracesLink);
    await expect(heading(page)).resolves.toBe("Your views have already been sent");
    await expectAccessibleAndNarrow(page);
  });
});
