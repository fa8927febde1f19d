import type { Page } from "playwright-core";
import { accountForAnotherYoungPerson, contributionLinkFor } from "../support/api";
import { portalUrl } from "../support/app-under-test";
import { expectAccessibleAndNarrow, mainText as main, useBrowser } from "../support/browser";
import { DEMO_IRO, DEMO_SOCIAL_WORKER, DEMO_YOUNG_PERSON_TO_INVITE } from "../support/demo-people";
import { signIn, submitAndWait } from "../support/pages";

// The other stories read what Sam and Jamie answer, and move the review of the first of Priya's other young people,
// so these pages are tried by the last of them, with an account made for the purpose, and the link form by Sam's
// social worker, whom no other story asks.
const ACCOUNT = { username: "question.pages", passphrase: "amber lighthouse pebble nine" };
const WORRY = "Moving to a new school";
const TIMES = "Swimming on Thursdays";
const PLACE = "The library on King Street";

const { newPage } = useBrowser();

beforeAll(async () => {
  await accountForAnotherYoungPerson(DEMO_IRO, ACCOUNT, ["Sam", DEMO_YOUNG_PERSON_TO_INVITE.firstName]);
});

const pathOf = (page: Page) => new URL(page.url()).pathname;
// The young person's age decides the words of the views' questions, so their one box is found by its role.
const answerBox = (page: Page) => page.getByRole("textbox");

describe("a question page, without JavaScript", () => {
  it("keeps what was typed when Back is pressed, for the young person's views and choices", async () => {
    const phone = await newPage({ javaScriptEnabled: false });
    await signIn(phone, ACCOUNT.username, ACCOUNT.passphrase);

    await phone.goto(portalUrl("/my-views/worries"));
    await expect(main(phone)).resolves.toContain("Question 2 of 10");
    await answerBox(phone).fill(WORRY);
    await submitAndWait(phone, "Back");
    expect(pathOf(phone)).toBe("/my-views/going-well");
    await submitAndWait(phone, "Continue");
    expect(pathOf(phone)).toBe("/my-views/worries");
    await expect(answerBox(phone).inputValue()).resolves.toBe(WORRY);

    await phone.goto(portalUrl("/my-review/when"));
    await expect(main(phone)).resolves.toContain("Question 3 of 7");
    await phone.getByLabel("Are there times that do not work for you?").fill(TIMES);
    await submitAndWait(phone, "Back");
    expect(pathOf(phone)).toBe("/my-review/how");
    await submitAndWait(phone, "Continue");
    expect(pathOf(phone)).toBe("/my-review/when");
    await expect(phone.getByLabel("Are there times that do not work for you?").inputValue()).resolves.toBe(TIMES);
  });

  it("keeps what was typed when the young person signs out from it, for when they sign in again", async () => {
    const phone = await newPage({ javaScriptEnabled: false });
    await signIn(phone, ACCOUNT.username, ACCOUNT.passphrase);
    await phone.goto(portalUrl("/my-review/where"));
    await phone.getByLabel("Somewhere else").check();
    await phone.getByLabel("Which place?").fill(PLACE);
    await submitAndWait(phone, "Sign out");
    await expect(phone.getByRole("status").innerText()).resolves.toBe("You have signed out.");

    await signIn(phone, ACCOUNT.username, ACCOUNT.passphrase);
    await phone.goto(portalUrl("/my-review"));
    await expect(main(phone)).resolves.toContain(PLACE);
    await phone.goto(portalUrl("/my-review/where"));
    await expect(phone.getByLabel("Somewhere else").isChecked()).resolves.toBe(true);
    await expect(phone.getByLabel("Which place?").inputValue()).resolves.toBe(PLACE);
  });

  it("goes on when Enter is pressed in a box, as Continue does, not back and not out", async () => {
    const phone = await newPage({ javaScriptEnabled: false });
    await signIn(phone, ACCOUNT.username, ACCOUNT.passphrase);
    await phone.goto(portalUrl("/my-review/where"));
    await phone.getByLabel("Which place?").press("Enter");
    await phone.waitForURL(portalUrl("/my-review/how"));
  });

  it("keeps what was typed when Back is pressed on a single-use link's questions", async () => {
    const phone = await newPage({ javaScriptEnabled: false });
    await phone.goto(await contributionLinkFor(DEMO_IRO, "Sam", DEMO_SOCIAL_WORKER.firstName));
    await phone.getByRole("link", { name: "Start" }).click();
    await submitAndWait(phone, "Continue");
    await expect(main(phone)).resolves.toMatch(/Question 2 of \d+/);
    const second = pathOf(phone);
    await answerBox(phone).fill(WORRY);
    await submitAndWait(phone, "Back");
    await submitAndWait(phone, "Continue");
    expect(pathOf(phone)).toBe(second);
    await expect(answerBox(phone).inputValue()).resolves.toBe(WORRY);
  });
});

describe("a question page's limits, without JavaScript", () => {
  it("says how many characters a box takes", async () => {
    const phone = await newPage({ javaScriptEnabled: false });
    await signIn(phone, ACCOUNT.username, ACCOUNT.passphrase);
    await phone.goto(portalUrl("/my-views/changes"));
    await expect(main(phone)).resolves.toContain("You can enter up to 4,000 characters");
    await phone.goto(portalUrl("/my-review/when"));
    await expect(main(phone)).resolves.toContain("You can enter up to 1,000 characters");
  });
});

describe("a question page, with JavaScript", () => {
  it("counts down the characters left as the young person types, in words when over, on a page that is accessible and fits a small phone", async () => {
    const page = await newPage();
    await signIn(page, ACCOUNT.username, ACCOUNT.passphrase);
    await page.goto(portalUrl("/my-views/changes"));
    await answerBox(page).fill("a".repeat(3880));
    await expect(page.getByTestId("character-count").innerText()).resolves.toBe("You have 120 characters left");
    // A screen reader hears the count once typing pauses, not at every key.
    await page.locator("[aria-live=polite]", { hasText: "You have 120 characters left" }).waitFor({ state: "attached" });
    await answerBox(page).fill("a".repeat(4210));
    await expect(page.getByTestId("character-count").innerText()).resolves.toBe("You have 210 characters too many");
    await expectAccessibleAndNarrow(page);

    // The background save fails while the answer is too long, and stops saying so once a button saves the page.
    await page.getByRole("status").filter({ hasText: "We could not save your answer." }).waitFor();
    await answerBox(page).fill("More time outside");
    // The switch between fewer and more words saves the page and stays on it; the young person's age decides which it offers.
    const [offered, other] = (await page.getByRole("button", { name: "Use fewer words" }).count()) > 0 ? ["Use fewer words", "Use more words"] : ["Use more words", "Use fewer words"];
    await submitAndWait(page, offered);
    await page.getByRole("button", { name: other }).waitFor();
    await page.waitForFunction(() => !document.querySelector(".autosave-status")?.textContent?.includes("could not save"), undefined, { polling: 50 });
    await expect(answerBox(page).inputValue()).resolves.toBe("More time outside");
    await submitAndWait(page, other);
  });

  it("saves what was typed when the young person signs out from it, on a page that is accessible and fits a small phone", async () => {
    const page = await newPage();
    await signIn(page, ACCOUNT.username, ACCOUNT.passphrase);
    await page.goto(portalUrl("/my-views/anything-else"));
    await expectAccessibleAndNarrow(page);
    await answerBox(page).fill("Thank you");
    await submitAndWait(page, "Sign out");
    await expect(page.getByRole("status").innerText()).resolves.toBe("You have signed out.");

    await signIn(page, ACCOUNT.username, ACCOUNT.passphrase);
    await page.goto(portalUrl("/my-views/anything-else"));
    await expect(answerBox(page).inputValue()).resolves.toBe("Thank you");
    await submitAndWait(page, "Back");
    expect(pathOf(page)).toBe("/my-views/feel-about-friends");
  });
});
