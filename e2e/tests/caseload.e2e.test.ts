import type { Page } from "playwright-core";
import { portalUrl } from "../support/app-under-test";
import { expectAccessibleAndNarrow, mainText as main, useBrowser } from "../support/browser";
import { DEMO_IRO as iro, DEMO_IRO_MANAGER as manager } from "../support/demo-people";
import { signIn, submitAndWait } from "../support/pages";

// The demo IRO's Kezia is overdue and Nadia's review is planned late (api/fixtures/demo-data.ts). Other stories move
// the review of Priya's first young person and of Sam and Jamie, which may change their timeliness, never these two.
const { newPage } = useBrowser();

const rows = (page: Page) => page.locator(".young-people > li");
const names = (page: Page) => page.locator(".young-people strong").allInnerTexts();
const tags = (page: Page) => page.locator(".young-people .young-people__review .tag").allInnerTexts();
const countLine = (page: Page) => page.locator(".caseload-count").innerText();
const search = (page: Page) => new URL(page.url()).searchParams;

/** "Due by Monday 4 May 2026" on each row, as dates. */
async function dueDays(page: Page): Promise<number[]> {
  const lines = await page.locator(".young-people__review").allInnerTexts();
  return lines.flatMap((line) => {
    const due = /Due by \w+ (\d{1,2} \w+ \d{4})/.exec(line);
    return due ? [Date.parse(`${due[1]} 12:00 UTC`)] : [];
  });
}

async function openCaseload(page: Page, username: string, passphrase: string): Promise<void> {
  await signIn(page, username, passphrase);
  await page.goto(portalUrl("/young-people"));
  await page.getByRole("heading", { level: 1, name: "Your young people" }).waitFor();
}

describe("the IRO's caseload, sorted and filtered", () => {
  it("finds the reviews planned late, and says how many", async () => {
    const page = await newPage();
    await openCaseload(page, iro.username, iro.passphrase);
    const everyone = await names(page);
    expect(everyone).toEqual([...everyone].sort());
    await expect(page.getByRole("group", { name: "Sort and filter" }).count()).resolves.toBe(1);

    await page.getByLabel("Show").selectOption({ label: "Planned late" });
    await submitAndWait(page, "Show young people");
    expect(search(page).get("show")).toBe("planned-late");
    const plannedLate = await names(page);
    expect(plannedLate).toContain("Nadia");
    expect(new Set(await tags(page))).toEqual(new Set(["Planned late"]));
    expect(await countLine(page)).toBe(plannedLate.length === 1 ? "1 young person, planned late" : `${plannedLate.length} young people, planned late`);
    await expect(page.getByRole("status").innerText()).resolves.toBe(await countLine(page));
  });

  it("finds the overdue ones, and sorts everyone by the day their review is due, soonest first", async () => {
    const page = await newPage();
    await openCaseload(page, iro.username, iro.passphrase);
    await page.getByLabel("Sort by").selectOption({ label: "Review due, soonest first" });
    await page.getByLabel("Show").selectOption({ label: "Overdue" });
    await submitAndWait(page, "Show young people");
    expect(await names(page)).toContain("Kezia");
    expect(await names(page)).not.toContain("Nadia");
    expect(new Set(await tags(page))).toEqual(new Set(["Overdue"]));
    await expect(page.getByLabel("Sort by").inputValue()).resolves.toBe("due");

    await page.getByLabel("Show").selectOption({ label: "Everyone" });
    await submitAndWait(page, "Show young people");
    const due = await dueDays(page);
    expect(due.length).toBeGreaterThan(2);
    expect(due).toEqual([...due].sort((a, b) => a - b));
    expect(await countLine(page)).toBe(`${await rows(page).count()} young people`);
    await expectAccessibleAndNarrow(page);
  });

  it("shows a planned-late review as planned late on the young person's review page, never on time", async () => {
    const page = await newPage();
    await openCaseload(page, iro.username, iro.passphrase);
    await page.getByRole("link", { name: "Next review and choices for Nadia", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Nadia's next review" }).waitFor();
    const text = await main(page);
    expect(text).toMatch(/Due by \w+ \d{1,2} \w+ \d{4} Planned late/);
    expect(text).not.toContain("On time");
  });
});

describe("the manager's caseload", () => {
  it("names each young person's IRO, and keeps the sort on the next page", async () => {
    const page = await newPage();
    await openCaseload(page, manager.username, manager.passphrase);
    const iroLines = await page.locator(".young-people__iro").allInnerTexts();
    expect(iroLines.length).toBe(await rows(page).count());
    expect(iroLines.every((line) => /^IRO: \w+ \w+$/.test(line))).toBe(true);
    expect(new Set(iroLines).size).toBeGreaterThan(1);

    await page.getByLabel("Sort by").selectOption({ label: "Review due, soonest first" });
    await submitAndWait(page, "Show young people");
    const nextPage = page.getByRole("link", { name: "Next page" });
    expect(new URL((await nextPage.getAttribute("href")) ?? "", portalUrl("/young-people")).searchParams.get("sort")).toBe("due");
    const firstPageLastDue = (await dueDays(page)).at(-1) ?? 0;
    const firstPage = await names(page);
    await nextPage.click();
    await page.waitForFunction((first) => document.querySelector(".young-people strong")?.textContent !== first, firstPage[0], { polling: 100 });
    expect(await names(page)).not.toContain(firstPage[0]);
    expect(search(page).get("sort")).toBe("due");
    expect((await dueDays(page))[0]).toBeGreaterThanOrEqual(firstPageLastDue);
    await expect(page.getByLabel("Sort by").inputValue()).resolves.toBe("due");
    await expectAccessibleAndNarrow(page);
  });

  it("filters by IRO and by how late, without JavaScript", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await openCaseload(page, manager.username, manager.passphrase);
    await page.getByLabel("IRO", { exact: true }).selectOption({ label: "Priya Shah" });
    await page.getByLabel("Show").selectOption({ label: "Overdue" });
    await submitAndWait(page, "Show young people");
    expect(await names(page)).toContain("Kezia");
    const shown = await page.locator(".young-people__iro").allInnerTexts();
    expect(new Set(shown)).toEqual(new Set(["IRO: Priya Shah"]));
    expect(await countLine(page)).toMatch(/^(1 young person|\d+ young people), overdue, with Priya Shah$/);
    await expect(page.getByLabel("IRO", { exact: true }).inputValue()).resolves.toBe(search(page).get("iro"));
  });
});
