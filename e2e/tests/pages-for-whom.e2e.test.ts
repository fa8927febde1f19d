import type { Page } from "playwright-core";
import { portalUrl } from "../support/app-under-test";
import { heading, useBrowser } from "../support/browser";
import { DEMO_IRO as iro, DEMO_YOUNG_PERSON as sam } from "../support/demo-people";
import { signIn } from "../support/pages";

const { newPage } = useBrowser();

/** Opens each address, as whoever the page is signed in as, and gives back what each one answered. */
async function answers(page: Page, paths: readonly string[]): Promise<{ path: string; status: number | undefined; heading: string }[]> {
  const seen = [];
  for (const path of paths) {
    const response = await page.goto(portalUrl(path));
    seen.push({ path, status: response?.status(), heading: await heading(page) });
  }
  return seen;
}

const notFound = (paths: readonly string[]) => paths.map((path) => ({ path, status: 404, heading: "We cannot find that page" }));

describe("pages that are for someone else", () => {
  it("are not found by a young person who opens a staff page, their own record's included", async () => {
    const iroPage = await newPage();
    await signIn(iroPage, iro.username, iro.passphrase);
    await iroPage.goto(portalUrl("/young-people"));
    const samsReview = (await iroPage.getByRole("link", { name: "Next review and choices for Sam", exact: true }).getAttribute("href")) ?? "";
    expect(samsReview).toMatch(/^\/young-people\/[^/]+\/review$/);
    const samsRecord = samsReview.replace(/\/review$/, "");
    const staffPages = [
      "/young-people",
      samsReview,
      `${samsReview}/arrange`,
      `${samsReview}/cancel`,
      `${samsReview}/links`,
      `${samsReview}/pack`,
      `${samsRecord}/communication-needs`,
      `${samsRecord}/invitation`,
    ];

    const phone = await newPage({ javaScriptEnabled: false });
    await signIn(phone, sam.username, sam.passphrase);

    await expect(answers(phone, staffPages)).resolves.toEqual(notFound(staffPages));
  });

  it("are not found by an IRO who opens a young person's own pages", async () => {
    const youngPersonPages = ["/my-review", "/my-review/where", "/my-review/check-answers", "/my-review/sent", "/my-views", "/my-views/check-answers", "/my-views/sent"];
    const page = await newPage();
    await signIn(page, iro.username, iro.passphrase);

    await expect(answers(page, youngPersonPages)).resolves.toEqual(notFound(youngPersonPages));
  });
});
