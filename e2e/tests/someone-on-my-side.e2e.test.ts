import type { Page } from "playwright-core";
import { portalUrl } from "../support/app-under-test";
import { expectAccessibleAndNarrow, heading, mainText as main, useBrowser } from "../support/browser";
import {
  DEMO_COORDINATOR as coordinator,
  DEMO_IRO as iro,
  DEMO_IRO_CONTACT,
  DEMO_SOCIAL_WORKER as socialWorker,
  DEMO_SUPPORT_PROVIDERS,
  DEMO_YOUNG_PERSON as sam,
  DEMO_YOUNG_PERSON_TO_INVITE as jamie,
} from "../support/demo-people";
import { signIn, submitAndWait } from "../support/pages";

// One story, in order: Sam asks for an advocate and an Independent Visitor; Ade, the coordinator, moves both on and
// reads the figures; Sam sees where each is; Sam says "I'm worried" without JavaScript; Priya sees it at the top of
// her pages and says she has it; and Priya asks for an advocate on Jamie's behalf from Jamie's pack.
const { newPage, expectAccessibleAndNarrowWithoutScripts } = useBrowser();
const NEUTRAL_SITE = "https://www.bbc.co.uk/weather";

/** Follows a link and waits for the page it leads to, by its heading, with or without JavaScript. */
async function follow(page: Page, name: string, title: string): Promise<void> {
  await page.getByRole("link", { name, exact: true }).click();
  await page.getByRole("heading", { level: 1, name: title, exact: true }).waitFor();
}

/** The first thing a keyboard reaches on the page, as it loads. */
async function firstTabStop(page: Page): Promise<string> {
  await page.keyboard.press("Tab");
  return page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText ?? "");
}

async function askFor(page: Page, link: string, answers: { why: string; howSoon: string; contact: string }): Promise<void> {
  await follow(page, link, link);
  await submitAndWait(page, "Send my request");
  await expect(page.getByRole("alert").innerText()).resolves.toContain("Choose how soon you would like someone");
  await expectAccessibleAndNarrow(page);
  await page.getByLabel("Why would you like one? (optional)").fill(answers.why);
  await page.getByLabel(answers.howSoon).check();
  await page.getByLabel(answers.contact).check();
  await page.getByRole("button", { name: "Send my request" }).click();
  await page.getByRole("heading", { level: 1, name: "Someone on your side" }).waitFor();
}

/** Each of Sam's requests on the tracker, as "kind: where it is now". */
async function tracked(page: Page): Promise<string[]> {
  return page.locator(".tracker__request").evaluateAll((items) =>
    items.map((item) => `${item.querySelector("h3")?.textContent}: ${item.querySelector(".tracker__now")?.textContent ?? ""}`),
  );
}

async function moveOn(page: Page, to: string, note?: string): Promise<void> {
  await page.getByRole("group", { name: "Move to" }).getByLabel(to, { exact: true }).check();
  if (note) await page.getByLabel("Note for the record (optional)").fill(note);
  await submitAndWait(page, "Move the request");
  await expect(page.getByRole("status").first().innerText()).resolves.toContain(`The request is now: ${to}.`);
}

async function openRequest(page: Page, kind: string): Promise<void> {
  await page.goto(portalUrl("/support-requests"));
  await page.getByLabel("Kind").selectOption({ label: kind });
  await page.getByLabel("Status").selectOption({ label: "Asked" });
  await submitAndWait(page, "Show requests");
  await expect(page.locator(".queue-count").innerText()).resolves.toBe("1 request");
  await expect(page.locator(".queue__item").innerText()).resolves.toMatch(/Sam Taylor[\s\S]*Asked[\s\S]*0 days/);
  await follow(page, `Sam Taylor ${kind}`, `Sam Taylor: ${kind}`);
}

describe("someone on my side", () => {
  it("lets Sam ask for an advocate and an Independent Visitor, with 'I'm worried' the first thing the keyboard reaches", async () => {
    const page = await newPage();
    await signIn(page, sam.username, sam.passphrase);
    await page.goto(portalUrl("/"));
    await expect(firstTabStop(page)).resolves.toBe("I'm worried");
    await follow(page, "Get someone on your side: an advocate or an Independent Visitor", "Someone on your side");
    const explained = await main(page);
    expect(explained).toContain(`Here, ${DEMO_SUPPORT_PROVIDERS.advocacy} provides them.`);
    expect(explained).toContain(`Here, ${DEMO_SUPPORT_PROVIDERS.independentVisitors} provides them.`);
    expect(explained).toContain("You have not asked for anyone yet.");
    await expectAccessibleAndNarrow(page);

    await askFor(page, "Ask for an advocate", { why: "To help me say I want to stay at my school", howSoon: "Soon, in the next week or two", contact: "A text message" });
    await askFor(page, "Ask for an Independent Visitor", { why: "", howSoon: "There is no rush", contact: "Meet in person" });
    await expect(page.getByRole("status").innerText()).resolves.toBe("We have sent your request. You can see where it is below.");
    await expect(tracked(page)).resolves.toEqual(["An Independent Visitor: Now: Asked", "An advocate: Now: Asked"]);
    await expect(page.locator(".tracker__request").first().innerText()).resolves.toMatch(/Waiting since \d{1,2} \w+ \d{4}/);
    await expectAccessibleAndNarrow(page);
  });

  it("lets the coordinator move both on with notes, only as far as each may go, and read the figures with a CSV", async () => {
    const page = await newPage();
    await signIn(page, coordinator.username, coordinator.passphrase);
    await follow(page, "Requests for advocates and Independent Visitors", "Requests for advocates and Independent Visitors");
    await expectAccessibleAndNarrow(page);
    // Requests, and nothing else of a child's record: the caseload is no page of theirs.
    await expect(page.goto(portalUrl("/young-people")).then((response) => response?.status())).resolves.toBe(404);

    await openRequest(page, "An advocate");
    await expect(main(page)).resolves.toContain("To help me say I want to stay at my school");
    await expect(page.getByRole("group", { name: "Move to" }).getByRole("radio").evaluateAll((radios) => radios.map((radio) => radio.getAttribute("value")))).resolves.toEqual([
      "WITH_COORDINATOR",
      "CLOSED",
    ]);
    await expectAccessibleAndNarrow(page);
    // Closing needs a reason the young person can read.
    await page.getByRole("group", { name: "Move to" }).getByLabel("Closed", { exact: true }).check();
    await submitAndWait(page, "Move the request");
    await expect(page.getByRole("alert").innerText()).resolves.toContain("Choose why the request is closed");
    await moveOn(page, "With the coordinator", "Texted Sam to arrange a call");
    await moveOn(page, "Referred to the provider", `Referred to ${DEMO_SUPPORT_PROVIDERS.advocacy}`);
    await moveOn(page, "Allocated or matched");
    await expect(main(page)).resolves.toContain("Texted Sam to arrange a call");
    await expectAccessibleAndNarrow(page);

    await openRequest(page, "An Independent Visitor");
    await moveOn(page, "With the coordinator", "On the waiting list");

    await page.goto(portalUrl("/support-requests/figures"));
    await expect(heading(page)).resolves.toBe("Advocacy and Independent Visitor figures");
    const year = new Date().getFullYear();
    for (const [box, value] of [["from-day", "1"], ["from-month", "1"], ["from-year", String(year - 1)]] as const) await page.locator(`#${box}`).fill(value);
    await submitAndWait(page, "Show figures");
    expect(new URL(page.url()).searchParams.get("from-year")).toBe(String(year - 1));
    await expect(page.getByRole("img", { name: "Young people with an advocate, each quarter" }).count()).resolves.toBe(1);
    const rows = await page.locator("table.table tbody tr").count();
    expect(rows).toBeGreaterThanOrEqual(5);
    await expect(main(page)).resolves.toMatch(/Waiting for an Independent Visitor on [^\n]+\s+\d+/);
    await expectAccessibleAndNarrow(page);
    const csvLink = (await page.getByRole("link", { name: "Download these figures (CSV)" }).getAttribute("href")) ?? "";
    const csv = await page.request.get(portalUrl(csvLink));
    expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    expect(csv.headers()["content-disposition"]).toMatch(/^attachment; filename="advocacy-and-independent-visitors-\d{4}-01-01-to-\d{4}-\d{2}-\d{2}\.csv"$/);
    const lines = (await csv.text()).split("\r\n");
    expect(lines[0]).toBe("Quarter from,Quarter to,Young people with an advocate");
    expect(lines).toHaveLength(rows + 9);
  });

  it("shows Sam where each request is now", async () => {
    const page = await newPage();
    await signIn(page, sam.username, sam.passphrase);
    await expect(tracked(page)).resolves.toEqual(["An Independent Visitor: Now: With the coordinator", "An advocate: Now: Advocate found"]);
    const advocate = await page.locator(".tracker__request").nth(1).innerText();
    expect(advocate).toMatch(/Asked \(done\)\s+With the coordinator \(done\)\s+Referred to the provider \(done\)\s+Advocate found \(you are here\)/);
    expect(advocate).not.toContain("Texted Sam");
    await expectAccessibleAndNarrow(page);
  });

  it("takes 'I'm worried' to Sam's IRO without JavaScript, who says she has it, and Sam is told who and when", async () => {
    const phone = await newPage({ javaScriptEnabled: false });
    await signIn(phone, sam.username, sam.passphrase);
    await phone.goto(portalUrl("/my-views"));
    await expect(firstTabStop(phone)).resolves.toBe("I'm worried");
    await phone.keyboard.press("Enter");
    await phone.waitForURL(portalUrl("/im-worried"));
    await expect(heading(phone)).resolves.toBe("If you are worried");
    await expectAccessibleAndNarrowWithoutScripts(phone);
    await expect(phone.getByRole("link", { name: "999" }).getAttribute("href")).resolves.toBe("tel:999");
    await expect(phone.getByRole("link", { name: "0800 1111" }).getAttribute("href")).resolves.toBe("tel:08001111");
    await expect(phone.getByRole("link", { name: "Leave this page quickly" }).getAttribute("href")).resolves.toBe(NEUTRAL_SITE);
    await submitAndWait(phone, "Send");
    await expect(phone.getByRole("alert").innerText()).resolves.toContain("Choose who you would like to contact you");
    await expectAccessibleAndNarrowWithoutScripts(phone);
    await phone.getByLabel("My IRO").check();
    await phone.getByLabel("As soon as possible").check();
    await phone.getByLabel("What is it about? (optional)").fill("Something at home");
    await submitAndWait(phone, "Send");
    await expect(heading(phone)).resolves.toBe("We have told them");
    await expectAccessibleAndNarrowWithoutScripts(phone);
    const told = await main(phone);
    expect(told).toContain(`We told your IRO, ${DEMO_IRO_CONTACT.name}.`);
    expect(told).toContain(`We told your social worker, ${socialWorker.firstName} ${socialWorker.lastName}.`);
    expect(told).toMatch(/Expect them to contact you by the end of (Monday|Tuesday|Wednesday|Thursday|Friday) \d{1,2} \w+ \d{4}\./);
    const toldPage = phone.url();

    const tom = await newPage();
    await signIn(tom, socialWorker.username, socialWorker.passphrase);
    await tom.goto(portalUrl("/young-people"));
    await expect(tom.getByRole("region", { name: "A young person is worried" }).innerText()).resolves.toContain("Sam Taylor wants their IRO to contact them");

    const priya = await newPage();
    await signIn(priya, iro.username, iro.passphrase);
    await expect(priya.getByRole("region", { name: "A young person is worried" }).count()).resolves.toBe(1);
    await priya.goto(portalUrl("/young-people"));
    const banner = priya.getByRole("region", { name: "A young person is worried" });
    await expect(banner.innerText()).resolves.toMatch(/Sam Taylor wants their IRO to contact them as soon as possible \(by the end of \w+ \d{1,2} \w+ \d{4}\)\. Raised on .*\s+About: Something at home/);
    await expectAccessibleAndNarrow(priya);
    await follow(priya, "Next review and choices for Sam", "Sam's next review");
    await expect(priya.getByRole("region", { name: "A young person is worried" }).count()).resolves.toBe(1);
    await submitAndWait(priya, "I have this: I will contact Sam Taylor");
    await expect(priya.getByRole("status").first().innerText()).resolves.toContain("The alert is marked as yours");
    await expect(priya.getByRole("region", { name: "A young person is worried" }).count()).resolves.toBe(0);
    await tom.reload();
    await expect(tom.getByRole("region", { name: "A young person is worried" }).count()).resolves.toBe(0);

    // Once the IRO has it, the told page says so.
    const later = await newPage();
    await signIn(later, sam.username, sam.passphrase);
    await later.goto(toldPage);
    await expect(main(later)).resolves.toContain(`${DEMO_IRO_CONTACT.name} has seen it.`);
    await expectAccessibleAndNarrow(later);
  });

  it("leaves for a neutral site at once, and with JavaScript leaves no way back to the page", async () => {
    const page = await newPage();
    await page.route(`${NEUTRAL_SITE}**`, (route) => route.fulfill({ contentType: "text/html", body: "<title>Weather</title>" }));
    await signIn(page, sam.username, sam.passphrase);
    await page.goto(portalUrl("/im-worried"));
    await expectAccessibleAndNarrow(page);
    await page.getByRole("link", { name: "Leave this page quickly" }).click();
    await page.waitForURL(NEUTRAL_SITE);
    await page.goBack();
    expect(new URL(page.url()).pathname).not.toBe("/im-worried");
  });

  it("lets Jamie's IRO ask for an advocate on Jamie's behalf from the pack, recorded as such", async () => {
    const page = await newPage();
    await signIn(page, iro.username, iro.passphrase);
    await page.goto(portalUrl("/young-people"));
    await follow(page, `Next review and choices for ${jamie.firstName}`, `${jamie.firstName}'s next review`);
    await page.goto(`${page.url()}/pack`);
    await expect(main(page)).resolves.toContain(`${jamie.firstName} has not asked for an advocate or an Independent Visitor.`);
    await follow(page, `Ask for an advocate or an Independent Visitor for ${jamie.firstName}`, `Ask for someone on ${jamie.firstName}'s side`);
    await page.getByLabel("An advocate").check();
    await page.getByLabel("In the next month").check();
    await page.getByLabel("Through my IRO").check();
    await expectAccessibleAndNarrow(page);
    await submitAndWait(page, "Send the request");
    await expect(main(page)).resolves.toMatch(/An advocate: Asked, asked on \d{1,2} \w+ \d{4} \(asked by their IRO\)/);
  });
});
