import type { Page } from "playwright-core";
import { choicesSeenBy, inWords, nextReviewFromApi } from "../support/api";
import { portalUrl } from "../support/app-under-test";
import { expectAccessibleAndNarrow, heading, mainText as main, useBrowser } from "../support/browser";
import { DEMO_IRO as iro, DEMO_IRO_MANAGER as manager, DEMO_YOUNG_PERSON as sam, DEMO_YOUNG_PERSON_TO_INVITE } from "../support/demo-people";
import { signIn, submitAndWait } from "../support/pages";

const WRITE_TO_SAM = "Write to Sam: they will read this";
const PLACE_REASON = "The library is closed on school days, so we will meet at your school instead.";

const { newPage } = useBrowser();


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

async function openSamsReview(page: Page): Promise<void> {
  await signIn(page, iro.username, iro.passphrase);
  await page.getByRole("link", { name: "Your young people" }).click();
  await page.getByRole("link", { name: "Next review and choices for Sam", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Sam's next review" }).waitFor();
}

let samsReviewAddress = "";

const text = (page: Page, selector: string) => page.locator(selector).innerText();
const answerAbout = (page: Page, topic: string) => page.getByRole("group", { name: topic, exact: true });

// One story, in order: what Sam sends, the IRO reads and answers; what the IRO answers and locks, Sam then reads.
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
    await expect(heading(phone)).resolves.toBe("Your choices have gone to your IRO");
    const next = await main(phone);
    expect(next).toContain("What happens next");
    expect(next).toContain("Priya will read your choices. For each one, they will say if it can happen, or why not.");
    expect(next).toMatch(/You can see what they say on your review page\. Your review is on \w+ \d{1,2} \w+ \d{4}\./);
    expect(next).toContain("You can still change your choices and send them again, until Priya starts arranging your review.");
    await phone.getByRole("link", { name: "Go to your review page" }).click();
    await expect(main(phone)).resolves.toMatch(/You sent your choices to your IRO on \w+ \d{1,2} \w+ \d{4}\./);
  });

  it("are asked on pages that are accessible and fit a small phone, errors and all", async () => {
    const page = await newPage();
    await signIn(page, sam.username, sam.passphrase);
    for (const path of ["/my-review", "/my-review/where", "/my-review/how", "/my-review/when", "/my-review/who", "/my-review/not-who", "/my-review/meet-iro-first", "/my-review/chairing", "/my-review/check-answers", "/my-review/sent"]) {
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

  it("are shown to their IRO in plain words, with who is not wanted kept apart, and take answers and the lock", async () => {
    const page = await newPage();
    await openSamsReview(page);
    samsReviewAddress = page.url();
    await expect(text(page, "main")).resolves.toContain(`The review is on ${inWords(await nextReviewFromApi(sam.username, sam.passphrase))} at`);

    const choices = await text(page, ".summary-list");
    expect(choices).toContain("Somewhere else");
    expect(choices).toContain("In their words: The library on King Street");
    expect(choices).toContain("Best times: after school and at the weekend");
    expect(choices).toContain("Times that do not work: Football on Tuesdays");
    expect(choices).toContain("From their network: Helen and Grace");
    expect(choices).toContain("Anyone else: Mr Khan, my football coach");
    expect(choices).toContain("Sam would like to chair it");
    expect(choices).not.toContain("Mark");

    const notWanted = page.getByRole("region", { name: "Who Sam does not want there" });
    await expect(notWanted.innerText()).resolves.toMatch(/Only you can see this\. Sam asked for it to stay private\.\s+From their network: Mark/);
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

  });

  it("show the young person their IRO's answers, and why they cannot change their choices now", async () => {
    const page = await newPage();
    await signIn(page, sam.username, sam.passphrase);
    await page.goto(portalUrl("/my-review"));
    const review = await main(page);
    expect(review).toContain("Your choices are fixed for now");
    expect(review).toContain("Priya is arranging your review with the choices you sent, so they cannot change now. If something is wrong, talk to Priya.");
    expect(review).toContain(`Priya says: ${PLACE_REASON}`);
    expect(review).toContain("Priya says: yes, we can do this.");
    await expect(page.getByRole("link", { name: /^Change/ }).count()).resolves.toBe(0);
    await expectAccessibleAndNarrow(page);
    await page.goto(portalUrl("/my-review/where"));
    await expect(heading(page)).resolves.toBe("Your next review");
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
