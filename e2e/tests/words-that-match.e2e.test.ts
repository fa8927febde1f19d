import type { Locator, Page } from "playwright-core";
import { sendChoicesKeepingSomeoneAway } from "../support/api";
import { portalUrl } from "../support/app-under-test";
import { expectAccessibleAndNarrow, heading, mainText as main, useBrowser } from "../support/browser";
import { DEMO_IRO_CONTACT, DEMO_IRO_MANAGER as manager, DEMO_YOUNG_PERSON as sam } from "../support/demo-people";
import { signIn, submitAndWait } from "../support/pages";

// What the pages tell Sam, and the people asked for their views, is what the service does.
const { newPage } = useBrowser();

const MUST_SHARE = "if it shows that you are not safe, your IRO must tell someone who can help keep you safe.";

/** Where a link on the page goes, found by the words it shows. */
const hrefOf = (page: Page, name: string) => page.getByRole("link", { name, exact: true }).getAttribute("href");

describe("who can read a young person's views", () => {
  it("names the IRO's manager with the IRO, and says once, where Sam chooses, that an IRO must share what shows Sam is not safe", async () => {
    const phone = await newPage();
    await signIn(phone, sam.username, sam.passphrase);
    await phone.goto(portalUrl("/my-views/who-can-see"));
    await expect(heading(phone)).resolves.toBe("Who can read your views?");
    const choice = phone.getByRole("radio", { name: "My IRO and their manager" });
    await expect(choice.count()).resolves.toBe(1);
    await expect(main(phone)).resolves.toContain("Nobody else. Their manager checks that your IRO does a good job.");
    await expect(main(phone)).resolves.toContain(MUST_SHARE);
    await expect(main(phone)).resolves.not.toContain("Only my IRO");
    await expectAccessibleAndNarrow(phone);

    for (const question of ["going-well", "worries", "check-answers"]) {
      await phone.goto(portalUrl(`/my-views/${question}`));
      await expect(main(phone)).resolves.not.toContain("must tell someone");
    }
  });
});

describe("help on the worries page", () => {
  it("keeps Childline, as a number to tap, in fewer words as in more", async () => {
    const page = await newPage();
    await signIn(page, sam.username, sam.passphrase);
    await page.goto(portalUrl("/my-views/worries"));
    await expect(heading(page)).resolves.toBe("Is anything worrying you?");
    await expect(hrefOf(page, "0800 1111")).resolves.toBe("tel:08001111");

    await submitAndWait(page, "Use fewer words");
    await expect(heading(page)).resolves.toBe("Is anything making you worried or sad?");
    await expect(main(page)).resolves.toContain("call Childline free on 0800 1111");
    await expect(hrefOf(page, "0800 1111")).resolves.toBe("tel:08001111");
    await expectAccessibleAndNarrow(page);
    // Leave Sam's draft in the words the other stories expect.
    await submitAndWait(page, "Use more words");
    await expect(heading(page)).resolves.toBe("Is anything worrying you?");
  });
});

describe("a young person's IRO", () => {
  it("is named on Sam's home and review pages with a number to call and an address to write to, and the words Sam meets first are explained, without JavaScript", async () => {
    const phone = await newPage({ javaScriptEnabled: false });
    await signIn(phone, sam.username, sam.passphrase);
    const withScripts = await newPage();
    await signIn(withScripts, sam.username, sam.passphrase);
    for (const path of ["/", "/my-review"]) {
      await phone.goto(portalUrl(path));
      await expect(main(phone)).resolves.toContain(`Your IRO is ${DEMO_IRO_CONTACT.name}.`);
      await expect(main(phone)).resolves.toContain(`You can call them on ${DEMO_IRO_CONTACT.phone} or email ${DEMO_IRO_CONTACT.email}.`);
      await expect(hrefOf(phone, DEMO_IRO_CONTACT.phone)).resolves.toBe("tel:02079460123");
      await expect(hrefOf(phone, DEMO_IRO_CONTACT.email)).resolves.toBe(`mailto:${DEMO_IRO_CONTACT.email}`);

      const explained = phone.locator("details", { hasText: "What do these words mean?" });
      await expect(explained.getByText("Independent Reviewing Officer.", { exact: false }).isVisible()).resolves.toBe(false);
      await phone.getByText("What do these words mean?").click();
      for (const meaning of ["Independent Reviewing Officer. Your IRO checks that your care plan is right for you", "The plan for your life in care", "The person who leads the meeting."]) {
        await expect(explained.getByText(meaning, { exact: false }).isVisible()).resolves.toBe(true);
      }
      await withScripts.goto(portalUrl(path));
      await withScripts.getByText("What do these words mean?").click();
      await expectAccessibleAndNarrow(withScripts);
    }
    // Two people signed in, and two pages each: longer than one page's story.
  }, 120_000);
});

describe("the IRO's manager", () => {
  it("opens the pack of a young person in their authority, with Sam's views, and without who Sam keeps for the IRO alone", async () => {
    await sendChoicesKeepingSomeoneAway(sam.username, sam.passphrase, "My old teacher");
    const page = await newPage();
    await signIn(page, manager.username, manager.passphrase);
    // The list's first page is counted only once it is the page shown: counted on the page before, Sam on the first
    // page would be missed, and the search would page on past him.
    await Promise.all([page.waitForURL(/\/young-people$/), page.getByRole("link", { name: "Your young people" }).click()]);
    await page.getByRole("heading", { level: 1, name: "Your young people" }).waitFor();
    // The authority's young people come a page at a time, by first name; each link is followed as it is written.
    const packLink = page.getByRole("link", { name: "Everything before the review for Sam", exact: true });
    const follow = async (link: Locator) => {
      const response = await page.goto(new URL((await link.getAttribute("href")) ?? "", page.url()).toString());
      // A page that failed says so here, with its status, rather than as a link that never appears.
      expect(response?.status()).toBe(200);
    };
    while ((await packLink.count()) === 0) await follow(page.getByRole("link", { name: "Next page" }));
    await follow(packLink);
    await page.getByRole("heading", { level: 1, name: "Before Sam's review" }).waitFor();
    await expect(page.getByRole("region", { name: "Sam's views", exact: true }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole("region", { name: "Views from the people invited", exact: true }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole("region", { name: "Sam's choices", exact: true }).innerText()).resolves.toContain("Sent on");
    await expect(main(page)).resolves.not.toContain("does not want there");
    await expect(main(page)).resolves.not.toContain("My old teacher");
    await expectAccessibleAndNarrow(page);
    // Paging through the authority's young people takes longer than one page.
  }, 120_000);
});
