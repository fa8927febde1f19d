import type { Page } from "playwright-core";
import { expectAccessibleAndNarrow, heading, mainText as main, useBrowser } from "../support/browser";
import { DEMO_IRO as iro, DEMO_YOUNG_PERSON as sam } from "../support/demo-people";
import { signIn, submitAndWait } from "../support/pages";

// One story, in order: Priya records Sam's last review (how it went, co-chaired, PN1, two recommendations issued, the
// record written to Sam and completed); Sam reads it on a phone-sized screen with JavaScript off, and asks a question;
// Priya sees the question on her caseload and answers it; Sam reads the answer. Nothing else changes Sam's held reviews.
const { newPage, expectAccessibleAndNarrowWithoutScripts } = useBrowser();

/** A London day some days from now, as typed into the date boxes. */
function dayAhead(days: number): { day: string; month: string; year: string } {
  const later = new Date(Date.now() + days * 86_400_000);
  const [year = "", month = "", day = ""] = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(later).split("-");
  return { day: String(Number(day)), month: String(Number(month)), year };
}

async function typeDay(page: Page, date: { day: string; month: string; year: string }): Promise<void> {
  await page.getByLabel("Day", { exact: true }).fill(date.day);
  await page.getByLabel("Month", { exact: true }).fill(date.month);
  await page.getByLabel("Year", { exact: true }).fill(date.year);
}

/** Waits for the page whose heading this is: with JavaScript a link changes the page in place, a moment later. */
const opened = (page: Page, name: string | RegExp) => page.getByRole("heading", { level: 1, name }).waitFor();

const QUESTION = "What does the personal education plan mean?";
const ANSWER = "It is the plan your school makes with you, so that you get the help you need in lessons.";
let heldReviewAddress = "";
let recordAddress = "";

describe("the record of a review, written to the young person", () => {
  it("is recorded by the IRO: how it went, two recommendations issued, and the record completed", async () => {
    const page = await newPage();
    await signIn(page, iro.username, iro.passphrase);
    await page.getByRole("link", { name: "Your young people" }).click();
    await page.getByRole("link", { name: /^Record the review on .+ for Sam$/ }).click();
    await opened(page, /^Sam's review on \d{1,2} \w+ \d{4}$/);
    heldReviewAddress = page.url();
    const before = await main(page);
    expect(before).toMatch(/Recommendations: due by \w+ \d{1,2} \w+ \d{4} Late/);
    expect(before).toMatch(/Record: due by \w+ \d{1,2} \w+ \d{4} Late/);
    expect(before).toContain("The record is not shared with Sam yet.");
    await expectAccessibleAndNarrow(page);

    await page.getByRole("link", { name: "Who came, and their feedback links" }).click();
    await opened(page, "Who came to Sam's review");
    // Months have passed since this review, longer than a feedback link lives: who came is recorded, with no links.
    for (const name of ["Sam (the young person)", "Helen (foster carer)", "Grace (mother)"]) {
      await page.getByRole("group", { name }).getByLabel("Came to the review").check();
    }
    await submitAndWait(page, "Record who came and make feedback links");
    await opened(page, /^Who came$/);
    await page.goto(heldReviewAddress);
    await opened(page, /^Sam's review on \d{1,2} \w+ \d{4}$/);
    await expect(main(page)).resolves.toMatch(/Who came, and their feedback links\s+Done/);

    await page.getByRole("link", { name: "How the review went" }).click();
    await opened(page, "How Sam's review went");
    await submitAndWait(page, "Save how the review went");
    await expect(page.getByRole("alert").innerText()).resolves.toContain("Choose who chaired the review");
    await expect(page.title()).resolves.toBe("Error: How Sam's review went – My Review");
    await page.getByLabel("Sam and the IRO together (co-chaired)").check();
    await page.getByRole("group", { name: /offered the chance to chair/ }).getByLabel("No").check();
    await page.getByRole("group", { name: /meet you on their own/ }).getByLabel("Yes").check();
    await page.getByLabel("One meeting").check();
    await expect(page.getByLabel(/^PN0/).count()).resolves.toBe(0);
    await page.getByLabel("PN1: came and spoke for themselves").check();
    await expectAccessibleAndNarrow(page);
    await submitAndWait(page, "Save how the review went");
    await expect(page.getByRole("status").innerText()).resolves.toBe("How the review went is saved.");

    await page.getByRole("link", { name: "Recommendations" }).click();
    await opened(page, "Recommendations from Sam's review");
    const due = dayAhead(30);
    await page.getByLabel("What will be done?").fill("find a football club near home");
    await page.getByLabel("Who is responsible?").selectOption({ label: "Helen (foster carer)" });
    await typeDay(page, due);
    await submitAndWait(page, "Add the recommendation");
    await expect(page.getByRole("status").innerText()).resolves.toBe("The recommendation is added.");
    await page.getByLabel("What will be done?").fill("meet Sam to plan for Year 9");
    await page.getByLabel("Or their role").fill("The school");
    await typeDay(page, due);
    await submitAndWait(page, "Add the recommendation");
    await expect(page.getByRole("status").innerText()).resolves.toBe("The recommendation is added.");
    await expect(page.locator(".recommendations__item").count()).resolves.toBe(2);
    await expectAccessibleAndNarrow(page);
    await submitAndWait(page, "Issue the recommendations");
    await expect(page.getByRole("status").innerText()).resolves.toBe("The recommendations are issued. Sam can read them now.");
    expect(await main(page)).toMatch(/Recommendations: due by .+ Done late Done on \d{1,2} \w+ \d{4}, late/);

    await page.getByRole("link", { name: "Back to the review" }).click();
    await opened(page, /^Sam's review on/);
    await page.getByRole("link", { name: "The record, written to Sam" }).click();
    await opened(page, "The record of Sam's review");
    await page.getByLabel("What we talked about").fill("Dear Sam, at your review we talked about school and football.");
    await page.getByLabel("What is going well").fill("You have settled in well with Helen.");
    await page.getByLabel("What will happen next").fill("Helen will help you find a football club.");
    await submitAndWait(page, "Save the draft");
    await expect(page.getByRole("status").innerText()).resolves.toBe("The draft is saved. Sam cannot see it.");
    await expectAccessibleAndNarrow(page);
    await submitAndWait(page, "Complete and share with Sam");
    await expect(page.getByRole("status").innerText()).resolves.toBe("The record is shared with Sam.");

    await page.goto(heldReviewAddress);
    const after = await main(page);
    expect(after).toMatch(/Record: due by .+ Done late/);
    expect(after).toContain("Sam has not opened the record yet.");

    await page.getByRole("link", { name: "Midway check" }).click();
    await opened(page, "Midway check for Sam");
    await typeDay(page, dayAhead(0));
    await page.getByRole("group", { name: "How far has it got? for recommendation 1" }).getByLabel("In progress").check();
    await page.getByRole("group", { name: "Did you raise a concern?" }).getByLabel("No").check();
    await expectAccessibleAndNarrow(page);
    await submitAndWait(page, "Save the midway check");
    await expect(page.getByRole("status").innerText()).resolves.toBe("The midway check is saved.");
    expect(await main(page)).toMatch(/Midway check on \d{1,2} \w+ \d{4}/);
  });

  it("is read by the young person without JavaScript, in large type that fits a phone and prints, and they ask a question", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await signIn(page, sam.username, sam.passphrase);
    await page.getByRole("link", { name: "Read what was decided at your reviews" }).click();
    await expect(heading(page)).resolves.toBe("My reviews");
    const listAddress = page.url();
    await page.getByRole("link", { name: /^Your review on / }).click();
    await opened(page, /^Your review on /);
    recordAddress = page.url();
    const record = await main(page);
    expect(record).toContain("Dear Sam, at your review we talked about school and football.");
    expect(record).toMatch(/Who\s+Helen Morris\s+What\s+find a football club near home\s+By when\s+\w+ \d{1,2} \w+ \d{4}\s+How it is going\s+Not started yet/);
    expect(record).toMatch(/Who\s+The school\s+What\s+meet Sam to plan for Year 9/);

    // axe runs in the page, so the same pages are checked with JavaScript on; the type is large, and it prints without its forms.
    const withScripts = await newPage();
    await signIn(withScripts, sam.username, sam.passphrase);
    for (const address of [listAddress, recordAddress]) {
      await withScripts.goto(address);
      await expectAccessibleAndNarrow(withScripts);
    }
    const fontSize = await withScripts.locator(".reader p").first().evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(19);
    await withScripts.emulateMedia({ media: "print" });
    await expect(withScripts.getByRole("button", { name: "Send to my IRO" }).isVisible()).resolves.toBe(false);
    await expect(withScripts.getByText("Dear Sam, at your review").isVisible()).resolves.toBe(true);

    await submitAndWait(page, "Send to my IRO");
    await expect(page.getByRole("alert").innerText()).resolves.toContain("Choose a question or something not right");
    await expectAccessibleAndNarrowWithoutScripts(page);
    await page.getByLabel("I have a question").check();
    await page.getByLabel("Your message").fill(QUESTION);
    await submitAndWait(page, "Send to my IRO");
    await expect(page.getByRole("status").innerText()).resolves.toBe("Sent. Your IRO will answer here.");
    await expect(main(page)).resolves.toMatch(new RegExp(`Your question\\s+${QUESTION}[\\s\\S]+Your IRO has not answered yet.`));
    await expectAccessibleAndNarrowWithoutScripts(page);
  });

  it("shows the question on the IRO's caseload until it is answered, and the young person reads the answer", async () => {
    const page = await newPage();
    await signIn(page, iro.username, iro.passphrase);
    await page.getByRole("link", { name: "Your young people" }).click();
    await opened(page, "Your young people");
    await expect(main(page)).resolves.toContain("1 question to answer");
    await expectAccessibleAndNarrow(page);
    await page.getByRole("link", { name: "Answer Sam's question" }).click();
    await opened(page, /^Sam's review on/);
    expect(await main(page)).toMatch(/Sam first opened the record on \w+ \d{1,2} \w+ \d{4} at \d{1,2}(:\d{2})?[ap]m\./);
    await page.getByLabel("Your answer to Sam").fill(ANSWER);
    await submitAndWait(page, "Send the answer");
    await expect(page.getByRole("status").innerText()).resolves.toBe("Your answer is sent. Sam can read it now.");
    await expectAccessibleAndNarrow(page);
    await page.getByRole("link", { name: "Back to your young people" }).click();
    await opened(page, "Your young people");
    await expect(main(page)).resolves.not.toContain("question to answer");

    const samsPage = await newPage({ javaScriptEnabled: false });
    await signIn(samsPage, sam.username, sam.passphrase);
    await samsPage.goto(recordAddress);
    await expect(main(samsPage)).resolves.toMatch(new RegExp(`Your question\\s+${QUESTION}[\\s\\S]+Your IRO's answer\\s+${ANSWER}`));
  });
});
