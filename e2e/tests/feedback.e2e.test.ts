import type { Page } from "playwright-core";
import { portalUrl } from "../support/app-under-test";
import { expectAccessibleAndNarrow, heading, mainText as main, useBrowser } from "../support/browser";
import { DEMO_FEEDBACK_CARER, DEMO_FEEDBACK_PARENT, DEMO_IRO as iro, DEMO_IRO_MANAGER as manager, DEMO_YOUNG_PERSON_AFTER_REVIEW as leo } from "../support/demo-people";
import { signIn, submitAndWait } from "../support/pages";

// One story, in order: Priya records Leo's review as held and who came, making feedback links for three of them;
// Ruth (without JavaScript) and Anna answer from their links; Leo answers in the portal; Denise reads the figures.
const { newPage, expectAccessibleAndNarrowWithoutScripts } = useBrowser();

const RUTH_SAYS = "Meeting at home, where Leo is at ease.";
const ANNA_SAYS = "Words only the IRO may read.";
const links: Record<string, string> = {};
let attendeesAddress = "";

async function answer(page: Page, ratings: Record<string, string>): Promise<void> {
  for (const [question, rating] of Object.entries(ratings)) await page.getByRole("group", { name: question }).getByLabel(rating, { exact: true }).check();
}

describe("feedback after a review", () => {
  it("is asked for by the IRO, who records the review as held and who came, with a link for each person asked", async () => {
    const page = await newPage();
    await signIn(page, iro.username, iro.passphrase);
    await page.getByRole("link", { name: "Your young people" }).click();
    await page.getByRole("link", { name: `Next review and choices for ${leo.firstName}`, exact: true }).click();
    await page.getByRole("heading", { level: 1, name: `${leo.firstName}'s next review` }).waitFor();
    const reviewAddress = page.url();
    await page.getByRole("link", { name: `Arrange ${leo.firstName}'s review` }).click();
    await page.getByRole("heading", { level: 1, name: `Arrange ${leo.firstName}'s review` }).waitFor();
    await submitAndWait(page, "Record as held");
    await expect(main(page)).resolves.toContain(`${leo.firstName}'s review is recorded as held.`);

    await page.goto(reviewAddress);
    await page.getByRole("link", { name: "Who came to the last review, and how it went" }).click();
    await page.getByRole("heading", { level: 1, name: `Who came to ${leo.firstName}'s review` }).waitFor();
    await expect(heading(page)).resolves.toBe(`Who came to ${leo.firstName}'s review`);
    attendeesAddress = page.url();
    await expectAccessibleAndNarrow(page);
    for (const name of [`${leo.firstName} (the young person)`, `${DEMO_FEEDBACK_CARER.firstName} (foster carer)`, `${DEMO_FEEDBACK_PARENT.firstName} (mother)`, "Tom (social worker)"]) {
      const person = page.getByRole("group", { name });
      await person.getByLabel("Came to the review").check();
      await person.getByLabel("Ask for feedback").check();
    }
    await submitAndWait(page, "Record who came and make feedback links");
    await expect(heading(page)).resolves.toBe("Feedback links to send");
    for (const name of [DEMO_FEEDBACK_CARER.firstName, DEMO_FEEDBACK_PARENT.firstName, "Tom"]) {
      links[name] = await page.getByLabel(`Link for ${name}`).inputValue();
      expect(links[name]).toMatch(/\/feedback\/[A-Za-z0-9_-]{43}$/);
    }
    await expectAccessibleAndNarrow(page);
  });

  it("is given by a foster carer from their link without JavaScript, once", async () => {
    const phone = await newPage({ javaScriptEnabled: false });
    await phone.goto(links[DEMO_FEEDBACK_CARER.firstName]!);
    await expect(heading(phone)).resolves.toBe(`How did ${leo.firstName}'s review go?`);
    await expect(main(phone)).resolves.not.toContain(leo.lastName);
    await expectAccessibleAndNarrowWithoutScripts(phone);
    await submitAndWait(phone, "Send my feedback");
    await expect(phone.getByRole("alert").innerText()).resolves.toContain("Answer at least one question before you send your feedback");
    await expectAccessibleAndNarrowWithoutScripts(phone);
    await answer(phone, { "Did you feel listened to?": "Yes", "Was the review well organised?": "Mostly" });
    await phone.getByLabel("What would you keep the same?").fill(RUTH_SAYS);
    await phone.getByLabel("Yes, you may quote it without my name").check();
    await submitAndWait(phone, "Send my feedback");
    await expect(heading(phone)).resolves.toBe("Thank you for your feedback");
    await expectAccessibleAndNarrowWithoutScripts(phone);

    await phone.goto(links[DEMO_FEEDBACK_CARER.firstName]!);
    await expect(heading(phone)).resolves.toBe("Your views have already been sent");
    await expectAccessibleAndNarrowWithoutScripts(phone);
  });

  it("is given by a parent from their link, who keeps their words from the manager", async () => {
    const page = await newPage();
    await page.goto(links[DEMO_FEEDBACK_PARENT.firstName]!);
    await expect(heading(page)).resolves.toBe(`How did ${leo.firstName}'s review go?`);
    await expectAccessibleAndNarrow(page);
    await answer(page, { "Did you feel listened to?": "A little" });
    await page.getByLabel("What would you change?").fill(ANNA_SAYS);
    await page.getByLabel("No, keep it between me and the IRO").check();
    await submitAndWait(page, "Send my feedback");
    await expect(heading(page)).resolves.toBe("Thank you for your feedback");
    await expectAccessibleAndNarrow(page);
    await page.goto(links[DEMO_FEEDBACK_PARENT.firstName]!);
    await expect(heading(page)).resolves.toBe("Your views have already been sent");
    await expectAccessibleAndNarrow(page);
  });

  it("is given by the young person in the portal, invited from their home page", async () => {
    const page = await newPage();
    await signIn(page, leo.username, leo.passphrase);
    await page.getByRole("link", { name: "Tell us how your review went" }).click();
    await page.getByRole("heading", { level: 1, name: "How did your review go?" }).waitFor();
    await expect(heading(page)).resolves.toBe("How did your review go?");
    await expectAccessibleAndNarrow(page);
    await answer(page, { "Did you feel listened to?": "Yes", "Did your review feel like it was about you?": "Mostly" });
    await submitAndWait(page, "Send my feedback");
    await expect(heading(page)).resolves.toBe("Thank you");
    await page.goto(portalUrl("/"));
    await expect(main(page)).resolves.not.toContain("Tell us how your review went");
  });

  it("is read by the IRO on the review's page, every word of it, with who agreed to be quoted", async () => {
    const page = await newPage();
    await signIn(page, iro.username, iro.passphrase);
    await page.goto(attendeesAddress);
    await expect(heading(page)).resolves.toBe(`Who came to ${leo.firstName}'s review`);
    const text = await main(page);
    expect(text).toContain(RUTH_SAYS);
    expect(text).toContain(ANNA_SAYS);
    expect(text).toContain("Not to be quoted.");
    await expectAccessibleAndNarrow(page);
  });

  it("is read by the manager as return rates, charts and shared comments, and downloaded as CSV", async () => {
    const page = await newPage();
    await signIn(page, manager.username, manager.passphrase);
    await page.getByRole("link", { name: "Feedback on reviews" }).click();
    await page.getByRole("heading", { level: 1, name: "Feedback on reviews" }).waitFor();
    await expect(heading(page)).resolves.toBe("Feedback on reviews");
    const returns = page.getByRole("table", { name: "Forms sent and returned, by who was asked" });
    await expect(returns.getByRole("row", { name: /Foster or kinship carer/ }).innerText()).resolves.toMatch(/Foster or kinship carer\s+1\s+1\s+100%/);
    await expect(returns.getByRole("row", { name: /Social worker/ }).first().innerText()).resolves.toMatch(/Social worker\s+1\s+0\s+0%/);
    await expect(page.getByRole("img", { name: /Forms sent and returned, by who was asked/ }).count()).resolves.toBe(1);
    await expect(page.getByRole("table", { name: "Did you feel listened to?" }).getByRole("row", { name: /Yes/ }).innerText()).resolves.toMatch(/Yes\s+2/);
    const text = await main(page);
    expect(text).toContain(RUTH_SAYS);
    expect(text).not.toContain(ANNA_SAYS);
    await expectAccessibleAndNarrow(page);

    const csvHref = await page.getByRole("link", { name: "Download these figures (CSV)" }).getAttribute("href");
    const csv = await page.context().request.get(portalUrl(csvHref!));
    expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    expect(csv.headers()["content-disposition"]).toMatch(/^attachment; filename="feedback-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv"$/);
    const body = await csv.text();
    expect(body).toContain("Foster or kinship carer,1,1,100");
    expect(body).toContain(RUTH_SAYS);
    expect(body).not.toContain(ANNA_SAYS);

    // A first day that does not exist is said in the error summary, and kept in its box as typed.
    await page.locator("#from-day").fill("31");
    await page.locator("#from-month").fill("2");
    await submitAndWait(page, "Show figures");
    await expect(page.getByRole("alert").innerText()).resolves.toContain("Enter the first day as a real date");
    await expect(page.locator("#from-day").inputValue()).resolves.toBe("31");
    await expect(page.getByRole("link", { name: "Download these figures (CSV)" }).count()).resolves.toBe(0);
    await expectAccessibleAndNarrow(page);
  });
});
