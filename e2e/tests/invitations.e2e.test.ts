import type { Page } from "playwright-core";
import { portalUrl } from "../support/app-under-test";
import { expectAccessibleAndNarrow, useBrowser } from "../support/browser";
import { DEMO_IRO as iro, DEMO_YOUNG_PERSON_TO_INVITE } from "../support/demo-people";
import { signIn, submitAndWait } from "../support/pages";

const { firstName } = DEMO_YOUNG_PERSON_TO_INVITE;

const { newPage } = useBrowser();

async function enterCode(page: Page, code: string): Promise<void> {
  await page.goto(portalUrl("/activate"));
  await page.getByLabel("Your code").fill(code);
  await submitAndWait(page, "Continue");
}

describe("an IRO invites a young person, who makes their account", () => {
  // One story: the code the IRO makes is the one the young person uses, so it is one test.
  it("goes from the IRO's code to the young person signed in with their own passphrase, and the code then refused", async () => {
    const iroPage = await newPage();
    await signIn(iroPage, iro.username, iro.passphrase);
    await iroPage.getByRole("link", { name: "Your young people" }).click();
    await iroPage.getByRole("heading", { name: "Your young people" }).waitFor();
    await expectAccessibleAndNarrow(iroPage);
    await submitAndWait(iroPage, `Make an invitation code for ${firstName}`);
    await expect(iroPage.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(`Invitation code for ${firstName}`);
    const code = (await iroPage.getByTestId("invitation-code").textContent()) ?? "";
    expect(code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    await expectAccessibleAndNarrow(iroPage);

    // The young person's pages, checked by axe (which needs JavaScript) before the code is used.
    const checkPage = await newPage();
    await checkPage.goto(portalUrl("/activate"));
    await expectAccessibleAndNarrow(checkPage);
    await enterCode(checkPage, code);
    await checkPage.getByRole("heading", { name: "Choose how you sign in" }).waitFor();
    await expectAccessibleAndNarrow(checkPage);

    // The young person makes the account on an old phone without JavaScript, typing the code loosely.
    const phone = await newPage({ javaScriptEnabled: false });
    await enterCode(phone, code.toLowerCase().replace("-", " "));
    await expect(phone.locator("main").textContent()).resolves.toContain(`Hello ${firstName}. Choose a username and a passphrase.`);
    await phone.getByLabel("Username").fill("jamie.o");
    await phone.getByLabel("Passphrase").fill("password123");
    await submitAndWait(phone, "Make my account");
    await expect(phone.getByRole("alert").textContent()).resolves.toContain("There is a problem");
    await expect(phone.getByLabel("Username").inputValue()).resolves.toBe("jamie.o");
    await phone.getByLabel("Passphrase").fill("bright yellow kite");
    await submitAndWait(phone, "Make my account");
    await expect(phone.getByRole("status").textContent()).resolves.toContain("Your account is ready.");
    await expect(phone.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(`Hello ${firstName}`);
    await submitAndWait(phone, "Sign out");
    await signIn(phone, "jamie.o", "bright yellow kite");
    await expect(phone.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(`Hello ${firstName}`);

    const again = await newPage();
    await enterCode(again, code);
    await expect(again.getByRole("alert").textContent()).resolves.toContain("That code has already been used.");
  });
});

describe("someone guessing", () => {
  it("is told plainly to wait after five wrong passphrases", async () => {
    const page = await newPage();
    const messages: string[] = [];
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await signIn(page, "someone.guessing", `wrong guess ${attempt}`);
      messages.push((await page.getByRole("alert").textContent()) ?? "");
    }
    expect(messages.slice(0, 4).every((message) => message.includes("The username or passphrase is not right."))).toBe(true);
    expect(messages[4]).toMatch(/You have tried too many times\. Please wait 15 minutes, then try again\./);
  });

  it("is told a code is not recognised", async () => {
    const page = await newPage();
    await enterCode(page, "ZZZZZ-ZZZZZ");
    await expect(page.getByRole("alert").textContent()).resolves.toContain("We do not recognise that code.");
  });
});
