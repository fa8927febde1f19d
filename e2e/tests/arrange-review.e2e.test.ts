import type { Page } from "playwright-core";
import { inWords } from "../support/api";
import { portalUrl } from "../support/app-under-test";
import { expectAccessibleAndNarrow, heading, mainText as main, useBrowser } from "../support/browser";
import { DEMO_IRO as iro, DEMO_SOCIAL_WORKER, DEMO_YOUNG_PERSON_TO_INVITE } from "../support/demo-people";
import { signIn, submitAndWait } from "../support/pages";

// One story, in order: Priya moves one of her young people's reviews and changes how and where it meets, cancels it
// after confirming, then plans the next without JavaScript. The other browser tests change Sam's and Jamie's reviews, so this one leaves them alone.
const CHANGED_ELSEWHERE = ["Sam", DEMO_YOUNG_PERSON_TO_INVITE.firstName];
const MOVE_REASON = "There is a school trip that day.";
const REARRANGE_REASON = "They asked to join online from the family room.";
const CANCEL_REASON = "The care plan changed last week, so we will meet again in the new year.";

const { newPage } = useBrowser();

/** A London day some days from now: as typed into the date boxes, and as the page reads it. */
function dayAhead(days: number): { day: string; month: string; year: string; words: string } {
  const later = new Date(Date.now() + days * 86_400_000);
  const [year = "", month = "", day = ""] = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(later).split("-");
  return { day: String(Number(day)), month: String(Number(month)), year, words: inWords(new Date(`${year}-${month}-${day}T12:00:00Z`)) };
}

async function typeStart(page: Page, start: { day: string; month: string; year: string }, time: string): Promise<void> {
  await page.getByLabel("Day", { exact: true }).fill(start.day);
  await page.getByLabel("Month", { exact: true }).fill(start.month);
  await page.getByLabel("Year", { exact: true }).fill(start.year);
  await page.getByLabel(/start time/i).fill(time);
}

const history = (page: Page) => page.getByRole("list", { name: "What has happened to this review" }).getByRole("listitem").allInnerTexts();
/** Without JavaScript too, a refused form's page says so first in its title, and the error summary has the focus. */
async function expectRefusedPage(page: Page, title: string): Promise<void> {
  await expect(page.title()).resolves.toBe(`Error: ${title} – My Review`);
  await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe("error-summary");
}

const errorLinks = (page: Page) => page.getByRole("alert").getByRole("link").evaluateAll((links) => links.map((link) => link.getAttribute("href")));

let firstName = "";
let arrangeAddress = "";

describe("an IRO arranging a young person's review", () => {
  it("sees when it is due and the review planned, and moves it only with a reason, keeping what was typed", async () => {
    const page = await newPage();
    await signIn(page, iro.username, iro.passphrase);
    await page.getByRole("link", { name: "Your young people" }).click();
    await page.getByRole("heading", { level: 1, name: "Your young people" }).waitFor();
    const names = await page.locator(".young-people strong").allInnerTexts();
    firstName = names.find((name) => !CHANGED_ELSEWHERE.includes(name)) ?? "";
    expect(firstName).not.toBe("");

    await page.getByRole("link", { name: `Next review and choices for ${firstName}`, exact: true }).click();
    await page.getByRole("heading", { level: 1, name: `${firstName}'s next review` }).waitFor();
    await page.getByRole("link", { name: `Arrange ${firstName}'s review` }).click();
    await page.getByRole("heading", { level: 1, name: `Arrange ${firstName}'s review` }).waitFor();
    arrangeAddress = page.url();

    const planned = await main(page);
    expect(planned).toMatch(/Due by \w+ \d{1,2} \w+ \d{4}/);
    expect(planned).toMatch(/On time: more than 10 working days to go\.|Due soon: 10 working days or fewer to go\.|Overdue: the day it was due by has passed\.|Planned late: the review planned is after this day/);
    expect(planned).toMatch(/When\s+\w+ \d{1,2} \w+ \d{4} at \d{1,2}(:\d{2})?[ap]m/);
    await expect(page.getByRole("heading", { name: "Move the review" }).count()).resolves.toBe(1);
    await expect(page.getByRole("heading", { name: `Plan ${firstName}'s next review` }).count()).resolves.toBe(0);
    await expectAccessibleAndNarrow(page);

    const moveTo = dayAhead(40);
    await typeStart(page, moveTo, "4:30pm");
    await submitAndWait(page, "Move the review");
    await expect(page.getByRole("alert").innerText()).resolves.toContain("Say why the review is moving");
    await expect(errorLinks(page)).resolves.toEqual(["#reschedule-reason"]);
    await expectRefusedPage(page, `Arrange ${firstName}'s review`);
    await expect(page.getByLabel("Day", { exact: true }).inputValue()).resolves.toBe(moveTo.day);
    await expect(page.getByLabel("New start time").inputValue()).resolves.toBe("4:30pm");
    await expectAccessibleAndNarrow(page);

    await page.getByLabel("Why is it moving?").fill(MOVE_REASON);
    await submitAndWait(page, "Move the review");
    await expect(page.getByRole("status").innerText()).resolves.toBe(`${firstName}'s review has moved.`);
    await expect(main(page)).resolves.toContain(`${moveTo.words} at 4:30pm`);
    const [moved] = await history(page);
    expect(moved).toMatch(new RegExp(`^Moved from .+ to ${moveTo.words} at 4:30pm\\s+By Priya on .+\\s+Reason: ${MOVE_REASON}$`));
    await expect(page.getByLabel("Day", { exact: true }).inputValue()).resolves.toBe("");
  });

  it("changes how and where it meets, keeping the date, only with a reason", async () => {
    const page = await newPage();
    await signIn(page, iro.username, iro.passphrase);
    await page.goto(arrangeAddress);
    const before = await page.locator(".summary-list").innerText();
    const change = page.getByRole("region", { name: "Change how or where it meets" });
    await expect(change.getByRole("radio", { checked: true }).count()).resolves.toBe(1);

    await change.getByLabel("Online", { exact: true }).check();
    await change.getByLabel(/Where will it meet/).fill("The family room");
    await submitAndWait(page, "Change how or where it meets");
    await expect(page.getByRole("alert").innerText()).resolves.toContain("Say why how or where the review meets is changing");
    await expect(change.getByLabel("Online", { exact: true }).isChecked()).resolves.toBe(true);
    await expect(change.getByLabel(/Where will it meet/).inputValue()).resolves.toBe("The family room");

    await change.getByLabel("Why is it changing?").fill(REARRANGE_REASON);
    await submitAndWait(page, "Change how or where it meets");
    await expect(page.getByRole("status").innerText()).resolves.toBe(`How or where ${firstName}'s review meets has changed.`);
    const after = await page.locator(".summary-list").innerText();
    expect(after).toMatch(/How it meets\s+Online/);
    expect(after).toMatch(/Where\s+The family room/);
    expect(after.match(/When\s+.+/)?.[0]).toBe(before.match(/When\s+.+/)?.[0]);
    const [rearranged] = await history(page);
    expect(rearranged).toMatch(new RegExp(`^Changed from .+ to Online, at The family room\\s+By Priya on .+\\s+Reason: ${REARRANGE_REASON}$`));
    await expectAccessibleAndNarrow(page);
  });

  it("cancels it only once confirmed with a reason, then offers to plan the next, refusing a time the clocks skip", async () => {
    const page = await newPage();
    await signIn(page, iro.username, iro.passphrase);
    await page.goto(arrangeAddress);
    await expect(page.getByRole("button", { name: "Cancel the review" }).count()).resolves.toBe(0);

    await page.getByRole("link", { name: "Cancel the review" }).click();
    const question = new RegExp(`^Are you sure you want to cancel ${firstName}'s review on \\w+ \\d{1,2} \\w+ \\d{4}\\?$`);
    await page.getByRole("heading", { level: 1, name: question }).waitFor();
    const confirmTitle = await heading(page);
    await expect(page.title()).resolves.toBe(`${confirmTitle} – My Review`);
    await expectAccessibleAndNarrow(page);
    await submitAndWait(page, "Yes, cancel the review");
    await expect(page.getByRole("alert").innerText()).resolves.toContain("Say why you are cancelling the review");
    await expectRefusedPage(page, confirmTitle);
    await expectAccessibleAndNarrow(page);
    await page.getByLabel("Why are you cancelling it?").fill(CANCEL_REASON);
    await submitAndWait(page, "Yes, cancel the review");
    await expect(page.getByRole("status").innerText()).resolves.toBe(`${firstName}'s review is cancelled. Plan the next one below.`);
    await expect(main(page)).resolves.toContain(`${firstName} has no review planned.`);
    await expect(page.getByRole("heading", { name: "Move the review" }).count()).resolves.toBe(0);
    await expectAccessibleAndNarrow(page);

    // The clocks go forward at 1am on 28 March 2027: there is no 1:30am that night.
    await typeStart(page, { day: "28", month: "3", year: "2027" }, "1:30am");
    await submitAndWait(page, "Plan the review");
    const summary = await page.getByRole("alert").innerText();
    expect(summary).toContain("There is no 1:30am on Sunday 28 March 2027 in the UK: the clocks go forward an hour that night. Choose another time");
    expect(summary).toContain("Choose how the review will meet");
    await expect(errorLinks(page)).resolves.toEqual(["#schedule-time", "#schedule-format"]);
    await expect(page.getByLabel("Start time").getAttribute("aria-describedby")).resolves.toBe("schedule-time-hint schedule-time-error");
    await expectAccessibleAndNarrow(page);
  });

  it("plans the next review without JavaScript, keeping what was typed when it is refused, and moves it again", async () => {
    const phone = await newPage({ javaScriptEnabled: false });
    await signIn(phone, iro.username, iro.passphrase);
    await phone.goto(arrangeAddress);
    await expect(heading(phone)).resolves.toBe(`Arrange ${firstName}'s review`);

    const next = dayAhead(60);
    await typeStart(phone, { ...next, month: "" }, "10:00");
    await phone.getByLabel("Online", { exact: true }).check();
    await submitAndWait(phone, "Plan the review");
    await expect(phone.getByRole("alert").innerText()).resolves.toContain("The date of the review must include a month");
    await expect(errorLinks(phone)).resolves.toEqual(["#schedule-month"]);
    await expect(phone.getByLabel("Day", { exact: true }).inputValue()).resolves.toBe(next.day);
    await expect(phone.getByLabel("Start time").inputValue()).resolves.toBe("10:00");
    await expect(phone.getByLabel("Online", { exact: true }).isChecked()).resolves.toBe(true);
    await expectRefusedPage(phone, `Arrange ${firstName}'s review`);

    await phone.getByLabel("Month", { exact: true }).fill(next.month);
    await submitAndWait(phone, "Plan the review");
    await expect(phone.getByRole("status").innerText()).resolves.toBe(`${firstName}'s review is planned.`);
    const planned = await main(phone);
    expect(planned).toMatch(new RegExp(`When\\s+${next.words} at 10am`));
    expect(planned).toMatch(/How it meets\s+Online/);
    expect(planned).toMatch(/Where\s+No place given/);
    await expect(history(phone)).resolves.toEqual([expect.stringMatching(new RegExp(`^Planned for ${next.words} at 10am\\s+By Priya on `))]);

    await typeStart(phone, next, "11:15");
    await phone.getByLabel("Why is it moving?").fill(MOVE_REASON);
    await submitAndWait(phone, "Move the review");
    await expect(phone.getByRole("status").innerText()).resolves.toBe(`${firstName}'s review has moved.`);
    await expect(history(phone)).resolves.toEqual([
      expect.stringMatching(new RegExp(`^Moved from ${next.words} at 10am to ${next.words} at 11:15am\\s+By Priya on `)),
      expect.stringMatching(/^Planned for /),
    ]);

    // One press never cancels: the confirming page, refused without a reason, then left with the review as it was.
    await phone.getByRole("link", { name: "Cancel the review" }).click();
    const confirmTitle = await heading(phone);
    expect(confirmTitle).toBe(`Are you sure you want to cancel ${firstName}'s review on ${next.words}?`);
    await submitAndWait(phone, "Yes, cancel the review");
    await expectRefusedPage(phone, confirmTitle);
    await phone.getByRole("link", { name: "No, keep the review" }).click();
    await expect(heading(phone)).resolves.toBe(`Arrange ${firstName}'s review`);
    await expect(main(phone)).resolves.toMatch(new RegExp(`When\\s+${next.words} at 11:15am`));
  });

  it("is not offered to the young person's social worker, who may see the review but not arrange it", async () => {
    const iroPage = await newPage();
    await signIn(iroPage, iro.username, iro.passphrase);
    await iroPage.goto(portalUrl("/young-people"));
    const samsReview = await iroPage.getByRole("link", { name: "Next review and choices for Sam", exact: true }).getAttribute("href");

    const page = await newPage();
    await signIn(page, DEMO_SOCIAL_WORKER.username, DEMO_SOCIAL_WORKER.passphrase);
    for (const step of ["arrange", "cancel"]) {
      const response = await page.goto(portalUrl(`${samsReview}/${step}`));
      expect(response?.status()).toBe(404);
      await expect(heading(page)).resolves.toBe("We cannot find that page");
    }
  });
});
