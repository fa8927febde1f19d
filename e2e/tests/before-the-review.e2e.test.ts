import { randomBytes } from "node:crypto";
import type { Page, Response as PageResponse } from "playwright-core";
import { inWords, nextReviewFromApi, plainDate, viewsVersionsSeenBy, viewsVersionsSeenByStaff } from "../support/api";
import { portalUrl } from "../support/app-under-test";
import { expectAccessibleAndNarrow, heading, mainText as main, useBrowser } from "../support/browser";
import { pdfPageTexts } from "../support/pdf-text";
import { DEMO_IRO as iro, DEMO_IRO_CONTACT, DEMO_SOCIAL_WORKER, DEMO_YOUNG_PERSON as sam } from "../support/demo-people";
import { signIn, submitAndWait } from "../support/pages";

// One story, in order: Sam says what they think; Helen and Grace give theirs from links Priya made; Priya reads it
// all in the pack; Sam then keeps a later change for Priya alone, and the social worker no longer sees it.
const { newPage } = useBrowser();

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
    await submitAndWait(phone, "Back");
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
    const page = await newPage();
    await signIn(page, sam.username, sam.passphrase);
    await page.goto(portalUrl("/my-views/talk-about"));
    const box = page.getByLabel("What do you want to talk about at your review?");
    await box.fill("Staying at Oak Lodge, and seeing my brother more");
    await expect(page.getByRole("status").filter({ hasText: "Your answer is saved." }).waitFor()).resolves.toBeUndefined();
    await page.reload();
    await expect(box.inputValue()).resolves.toBe("Staying at Oak Lodge, and seeing my brother more");
  });

  it("are asked on pages that are accessible and fit a small phone, errors and all", async () => {
    const page = await newPage();
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
    await expect(page.getByRole("alert").innerText()).resolves.toContain("Your answer is too long. Keep it to 4,000 characters or fewer.");
    await expect(page.title()).resolves.toBe("Error: What is going well for you? – My Review");
    await expect(page.getByLabel("What is going well for you?").inputValue()).resolves.toBe(tooLong);
    await expectAccessibleAndNarrow(page);
  });
});

/** The demo IRO, on the page where links are made for Sam's next review. */
async function openLinksPage(page: Page): Promise<void> {
  await signIn(page, iro.username, iro.passphrase);
  await page.getByRole("link", { name: "Your young people" }).click();
  await page.getByRole("link", { name: "Next review and choices for Sam", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Sam's next review" }).waitFor();
  await page.getByRole("link", { name: "Ask people for their views" }).click();
  await page.getByRole("heading", { level: 1, name: "Ask people for their views" }).waitFor();
}

/** Makes a link on the open links page (or shows it again) and reads its address off the screen. */
async function makeLinkFor(page: Page, firstName: string, button = `Make a link for ${firstName}`): Promise<string> {
  await submitAndWait(page, button);
  await expect(heading(page)).resolves.toBe(`Link for ${firstName}`);
  return page.getByLabel(`${firstName}'s link`).inputValue();
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
    await expectAccessibleAndNarrow(page);

    // Until Helen uses it, the same link can be shown again, and copied with a button.
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await expect(makeLinkFor(page, "Helen", "Show the link for Helen again")).resolves.toBe(helensLink);
    await page.getByRole("button", { name: "Copy link" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Copied. Paste the link into a message to Helen." }).waitFor()).resolves.toBeUndefined();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(helensLink);
  });

  it("are shown again without JavaScript in a box to select, with no copy button", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await openLinksPage(page);
    await expect(makeLinkFor(page, "Helen", "Show the link for Helen again")).resolves.toBe(helensLink);
    await expect(page.getByLabel("Helen's link").getAttribute("readonly")).resolves.not.toBeNull();
    await expect(page.getByRole("button", { name: "Copy link" }).count()).resolves.toBe(0);
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
    await expect(main(phone)).resolves.toContain(`Sam's Independent Reviewing Officer (IRO), ${DEMO_IRO_CONTACT.name}, will read your answers.`);
    await expect(main(phone)).resolves.toContain("The IRO's manager can read them too: they check that the IRO's work is done well. Nobody else can read them in this service.");
    await expect(main(phone)).resolves.toContain(`To ask the IRO anything, call ${DEMO_IRO_CONTACT.phone} or email ${DEMO_IRO_CONTACT.email}.`);
    await expect(phone.getByRole("link", { name: DEMO_IRO_CONTACT.phone, exact: true }).getAttribute("href")).resolves.toBe("tel:02079460123");
    await expect(phone.getByRole("link", { name: DEMO_IRO_CONTACT.email, exact: true }).getAttribute("href")).resolves.toBe(`mailto:${DEMO_IRO_CONTACT.email}`);
    await expect(phone.getByRole("link", { name: "999", exact: true }).getAttribute("href")).resolves.toBe("tel:999");
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
    // A copy of what was sent, to print or keep.
    const copy = phone.getByRole("region", { name: "What you sent" });
    await expect(rowFor(phone, "How do you think things are going for Sam at the moment?").innerText()).resolves.toContain("Sam has settled in well.");
    await expect(rowFor(phone, "What is going well for Sam?").innerText()).resolves.toContain("Football on Saturdays, and a new friend.");
    await expect(rowFor(phone, "Is there anything that worries you?").innerText()).resolves.toContain("Not answered");
    await expect(copy.innerText()).resolves.toContain("To keep a copy, print this page or save it as a PDF.");
    await phone.reload();
    await expect(copy.innerText()).resolves.toContain("Busy, happy, tired on Mondays.");

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
    await expect(page.getByRole("button", { name: "Show the link for Helen again" }).count()).resolves.toBe(0);
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
    await expect(main(page)).resolves.toContain("You have 4,000 characters left");
    await page.getByLabel(first).fill(tooLong);
    await expect(page.getByTestId("character-count").innerText()).resolves.toBe("You have 1 character too many");
    await submitAndWait(page, "Continue");
    await expect(page.getByRole("alert").innerText()).resolves.toContain("Your answer is too long. Please keep it to 4,000 characters or fewer.");
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
    await expect(page.getByRole("region", { name: "What you sent" }).innerText()).resolves.toContain("Up and down, but better since the summer.");
    await expect(page.getByRole("button", { name: "Print your answers" }).isVisible()).resolves.toBe(true);
    await expectAccessibleAndNarrow(page);

    await openLink(page, gracesLink);
    await expect(heading(page)).resolves.toBe("Your views have already been sent");
    await expectAccessibleAndNarrow(page);
  });
});

describe("the IRO's pre-review pack", () => {
  async function openPack(page: Page): Promise<void> {
    await signIn(page, iro.username, iro.passphrase);
    await page.getByRole("link", { name: "Your young people" }).click();
    await page.getByRole("link", { name: "Everything before the review for Sam", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Before Sam's review" }).waitFor();
  }
  const section = (page: Page, name: string) => page.getByRole("region", { name, exact: true }).innerText();
  const whatIsNew = (page: Page) => section(page, "New since you last read it");
  const newLinks = (page: Page) => page.getByRole("region", { name: "New since you last read it" }).getByRole("listitem").allInnerTexts();

  /** Where a link in the list of what is new leads: the name of the part of the pack its address points to. */
  async function follow(page: Page, name: string): Promise<string | null> {
    const href = await page.getByRole("region", { name: "New since you last read it" }).getByRole("link", { name, exact: true }).getAttribute("href");
    const labelledBy = await page.locator(`[id="${href?.replace(/^#/, "")}"]`).getAttribute("aria-labelledby");
    return page.locator(`[id="${labelledBy}"]`).innerText();
  }

  it("gives the IRO Sam's views as Sam wrote them, what changed, and what Helen and Grace said, all new until the IRO says they have read it", async () => {
    const page = await newPage();
    await openPack(page);
    expect(await whatIsNew(page)).toContain("You have not marked this pack as read yet, so everything in it is new to you:");
    expect(await newLinks(page)).toEqual(expect.arrayContaining(["Sam's views, version 2", "Views from Helen", "Views from Grace"]));
    await expect(follow(page, "Sam's views, version 2")).resolves.toBe("Sam's views");
    await expect(follow(page, "Views from Grace")).resolves.toBe("Grace, mother");

    const views = await section(page, "Sam's views");
    expect(views).toContain("Sam chose: you and their social worker can read these.");
    expect(views).toContain("This is version 2.");
    // Exactly as Sam wrote them, line breaks and all.
    const ownWords = await page.getByRole("region", { name: "Sam's views", exact: true }).locator("p.own-words").allTextContents();
    expect(ownWords).toEqual([WRITTEN.goingWell, CHANGED_WORRY, WRITTEN.wouldLikeToChange, WRITTEN.talkAboutAtReview, WRITTEN.anythingElse]);
    expect(views).toMatch(/Home\s+Happy/);
    expect(views).toMatch(/Friends and activities\s+Very unhappy/);
    // What changed from version 1, said in words (not by colour alone), the old words struck out and the new ones added.
    const changes = page.getByRole("region", { name: "What changed since version 1" });
    expect(await changes.innerText()).toMatch(new RegExp(`What is worrying Sam\\s+Before: ${WRITTEN.worryingMe}\\s+Now: ${CHANGED_WORRY}`));
    await expect(changes.locator("del").allTextContents()).resolves.toEqual([WRITTEN.worryingMe]);
    await expect(changes.locator("ins").allTextContents()).resolves.toEqual([CHANGED_WORRY]);
    const contributions = await section(page, "Views from the people invited");
    expect(contributions).toContain("Helen, foster carer");
    expect(contributions).toContain("Football on Saturdays, and a new friend.");
    expect(contributions).toContain("Busy, happy, tired on Mondays.");
    expect(contributions).toContain("Grace, mother");
    expect(contributions).toContain("Up and down, but better since the summer.");
    await expectAccessibleAndNarrow(page);

    // Looking again is not reading: until the IRO says so, it is all still new.
    await page.reload();
    expect(await whatIsNew(page)).toContain("everything in it is new to you");
    await submitAndWait(page, "I've read everything new");
    await expect(page.getByRole("status").innerText()).resolves.toContain("Marked as read.");
    await expect(whatIsNew(page)).resolves.toMatch(/Nothing new since you marked the pack as read on .+ at .+\./);
    await expect(page.getByRole("region", { name: "Sam's views", exact: true }).getByText("New", { exact: true }).count()).resolves.toBe(0);
    await expectAccessibleAndNarrow(page);

    await page.getByRole("link", { name: "Change how Sam communicates" }).click();
    await page.getByRole("heading", { level: 1, name: "How Sam communicates" }).waitFor();
    await expectAccessibleAndNarrow(page);
    await page.getByLabel("Anything else that helps").fill("x".repeat(501));
    await submitAndWait(page, "Save");
    await expect(page.getByRole("alert").innerText()).resolves.toContain("Keep anything else to 500 characters.");
    await expectAccessibleAndNarrow(page);
    await page.getByLabel("Anything else that helps").fill("Short sentences, and time to think");
    await page.getByLabel("Interpreter language").fill("Tigrinya");
    await submitAndWait(page, "Save");
    await expect(page.getByRole("status").innerText()).resolves.toContain("Saved.");
    await expect(section(page, "How Sam communicates")).resolves.toMatch(/Interpreter: Tigrinya\s+Anything else: Short sentences, and time to think/);
    expect(await whatIsNew(page)).toMatch(/These came in after you marked the pack as read on .+:/);
    await expect(newLinks(page)).resolves.toEqual(["How Sam communicates"]);
    await expect(follow(page, "How Sam communicates")).resolves.toBe("How Sam communicates");
  });

  it("marks Sam's newer views and what changed in them, keeps them new across visits until the IRO says they have read them, and takes them back from the social worker once Sam keeps them for the IRO, without JavaScript", async () => {
    const phone = await newPage({ javaScriptEnabled: false });
    await signIn(phone, sam.username, sam.passphrase);
    await phone.goto(portalUrl("/my-views/who-can-see"));
    await phone.getByLabel("My IRO and their manager").check();
    await submitAndWait(phone, "Continue");
    await phone.goto(portalUrl("/my-views/check-answers"));
    await submitAndWait(phone, "Send my views");
    await expect(heading(phone)).resolves.toBe("Your views have been sent");

    const page = await newPage({ javaScriptEnabled: false });
    await openPack(page);
    for (let visit = 0; visit < 2; visit++) {
      if (visit > 0) await page.reload();
      expect(await whatIsNew(page)).toMatch(/These came in after you marked the pack as read on .+:/);
      await expect(newLinks(page)).resolves.toEqual(["How Sam communicates", "Sam's views, version 3"]);
    }
    await expect(follow(page, "Sam's views, version 3")).resolves.toBe("Sam's views");
    const views = await section(page, "Sam's views");
    expect(views).toContain("New");
    expect(views).toContain("This is version 3.");
    expect(views).toContain("Sam chose: only you (and your manager) can read these.");
    // Sam's background save changed what they want to talk about before this version was sent.
    await expect(section(page, "What changed since version 2")).resolves.toMatch(
      /What Sam wants to talk about at the review\s+Before: Staying at Oak Lodge\s+Now: Staying at Oak Lodge, and seeing my brother more/,
    );
    // axe runs inside the page, so it cannot run here; the same pack with its changes is checked with JavaScript above.
    await submitAndWait(page, "I've read everything new");
    await expect(page.getByRole("status").innerText()).resolves.toContain("Marked as read.");
    await expect(whatIsNew(page)).resolves.toMatch(/Nothing new since you marked the pack as read on .+\./);
    await expect(page.getByRole("button", { name: "I've read everything new" }).count()).resolves.toBe(0);

    const seenBySocialWorker = await viewsVersionsSeenByStaff(DEMO_SOCIAL_WORKER.username, DEMO_SOCIAL_WORKER.passphrase, "Sam");
    // Keeping the newest for the IRO alone takes back the earlier versions the social worker could read.
    expect(seenBySocialWorker).toEqual([]);
    const seenByIro = await viewsVersionsSeenByStaff(iro.username, iro.passphrase, "Sam");
    expect(seenByIro.map((version) => version.number)).toEqual([3, 2, 1]);
  });

  it("prints on at most two A4 pages, each headed with who it is about, their IRO, the dates and its marking, without the site's header, links or forms", async () => {
    const page = await newPage();
    await openPack(page);
    await page.emulateMedia({ media: "print" });
    await expect(page.locator("header").isVisible()).resolves.toBe(false);
    await expect(page.getByRole("link", { name: "Change how Sam communicates" }).isVisible()).resolves.toBe(false);
    await expect(page.getByRole("heading", { level: 1, name: "Before Sam's review" }).isVisible()).resolves.toBe(true);
    // The text of each page of the PDF Chromium prints, read from the PDF itself: what is on paper, page by page.
    const pages = pdfPageTexts(await page.pdf({ format: "A4" }));
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages.length).toBeLessThanOrEqual(2);
    const review = await nextReviewFromApi(sam.username, sam.passphrase);
    const header = ["OFFICIAL-SENSITIVE", "Sam Taylor, born 12 March 2013", "IRO: Priya Shah", `Review: ${plainDate(review)}`, `Printed: ${plainDate(new Date())}`];
    for (const text of pages) {
      for (const fact of header) expect(text).toContain(fact.replace(/\s+/g, ""));
    }
    expect(pages.join("")).not.toContain("I'vereadeverythingnew");
  });
});
