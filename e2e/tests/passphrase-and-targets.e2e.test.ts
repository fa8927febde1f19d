import type { Page } from "playwright-core";
import { youngPersonWithoutAccount } from "../support/api";
import { portalUrl } from "../support/app-under-test";
import { expectAccessibleAndNarrow, expectTargetsApartOnAPhone, heading, mainText, useBrowser } from "../support/browser";
import { DEMO_IRO as iro, DEMO_YOUNG_PERSON_TO_INVITE } from "../support/demo-people";
import { signIn, submitAndWait } from "../support/pages";

const { newPage } = useBrowser();

const SHOW = "Show passphrase";
const passphraseType = (page: Page) => page.getByLabel("Passphrase", { exact: true }).getAttribute("type");
const pressed = (page: Page) => page.getByRole("button", { name: SHOW }).getAttribute("aria-pressed");

/** "Show passphrase" shows what was typed as text, says it is pressed, and hides it again when pressed again. */
async function expectPassphraseShownAndHidden(page: Page): Promise<void> {
  await page.getByLabel("Passphrase", { exact: true }).fill("purple otter jumps");
  await expect(passphraseType(page)).resolves.toBe("password");
  await expect(pressed(page)).resolves.toBe("false");

  await page.getByRole("button", { name: SHOW }).click();
  await expect(passphraseType(page)).resolves.toBe("text");
  await expect(pressed(page)).resolves.toBe("true");
  await expect(page.getByLabel("Passphrase", { exact: true }).inputValue()).resolves.toBe("purple otter jumps");

  await page.getByRole("button", { name: SHOW }).click();
  await expect(passphraseType(page)).resolves.toBe("password");
  await expect(pressed(page)).resolves.toBe("false");
}

describe("showing the passphrase", () => {
  it("is a button on the sign-in page that shows it as text and hides it again, and it is hidden before sending", async () => {
    const page = await newPage();
    await page.goto(portalUrl("/sign-in"));
    await page.getByRole("button", { name: SHOW }).waitFor();
    await expectPassphraseShownAndHidden(page);

    await page.getByLabel("Username").fill("nobody.here");
    await page.getByRole("button", { name: SHOW }).click();
    await submitAndWait(page, "Sign in");
    await expect(passphraseType(page)).resolves.toBe("password");
    await expectAccessibleAndNarrow(page);
    await expectTargetsApartOnAPhone(page);
  });

  it("is not there without JavaScript, where the passphrase is a plain password field", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(portalUrl("/sign-in"));
    await expect(passphraseType(page)).resolves.toBe("password");
    await expect(page.getByRole("button", { name: SHOW }).count()).resolves.toBe(0);
  });
});

describe("the invitation page and the page where its code is used", () => {
  // The code the IRO makes is the one the young person then uses.
  let code = "";

  // axe checks target size at the usual width wherever it runs (the invitations story has the code pages); here on a phone.
  it("have targets far enough apart on a phone: the invitation page", async () => {
    const youngPerson = await youngPersonWithoutAccount(iro, ["Sam", DEMO_YOUNG_PERSON_TO_INVITE.firstName]);
    const iroPage = await newPage();
    await signIn(iroPage, iro.username, iro.passphrase);
    await iroPage.goto(portalUrl(`/young-people/${youngPerson.id}/invitation`));
    await expectAccessibleAndNarrow(iroPage);
    await expectTargetsApartOnAPhone(iroPage);
    await submitAndWait(iroPage, "Make an invitation code");
    await expect(heading(iroPage)).resolves.toBe(`Invitation code for ${youngPerson.firstName}`);
    await expectTargetsApartOnAPhone(iroPage);
    code = (await iroPage.getByTestId("invitation-code").textContent()) ?? "";
  });

  it("have targets far enough apart on a phone: making an account, which offers to show the passphrase", async () => {
    const phone = await newPage();
    await phone.goto(portalUrl("/activate"));
    await expectTargetsApartOnAPhone(phone);
    await phone.getByLabel("Your code").fill(code);
    await submitAndWait(phone, "Continue");
    await expect(mainText(phone)).resolves.toContain("Choose how you sign in");
    await expectPassphraseShownAndHidden(phone);
    await expectAccessibleAndNarrow(phone);
    await expectTargetsApartOnAPhone(phone);
  });
});
