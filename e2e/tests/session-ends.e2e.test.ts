import type { Page } from "playwright-core";
import { accountForAnotherYoungPerson, contributionLinkFor } from "../support/api";
import { portalUrl } from "../support/app-under-test";
import { expectAccessibleAndNarrow, mainText as main, useBrowser } from "../support/browser";
import { DEMO_IRO, DEMO_SOCIAL_WORKER, DEMO_YOUNG_PERSON_TO_INVITE } from "../support/demo-people";
import { signIn, submitAndWait } from "../support/pages";

// A young person of Priya's that no other story reads, with an account made for the purpose; the link is for Sam's
// social worker, whose answers no other story reads either.
const ACCOUNT = { username: "session.ends", passphrase: "copper kettle meadow four" };
const SESSION = "my_review_session";
const LINK = "my_review_link";

const WAITING = "You were signed out, so we kept what you typed. Sign in to carry on.";
const RESTORED = "We kept what you typed before you were signed out. Check it, then carry on.";

const { newPage } = useBrowser();
let firstName = "";

beforeAll(async () => {
  firstName = await accountForAnotherYoungPerson(DEMO_IRO, ACCOUNT, ["Sam", DEMO_YOUNG_PERSON_TO_INVITE.firstName, "Jamie"]);
});

const pathOf = (page: Page) => new URL(page.url()).pathname;
// The young person's age decides the words of the views' questions, so their one box is found by its role.
const answerBox = (page: Page) => page.getByRole("textbox");
const status = (page: Page) => page.locator("main [role=status]").first().innerText();
/** The session ends as it does when the cookie is cleared, or has timed out: the browser no longer sends it. */
const endSession = (page: Page) => page.context().clearCookies({ name: SESSION });

describe("a young person whose session ends while they type", () => {
  it("without JavaScript, signs in again and finds what they typed back on the same page, told what happened", async () => {
    const phone = await newPage({ javaScriptEnabled: false });
    await signIn(phone, ACCOUNT.username, ACCOUNT.passphrase);
    await phone.goto(portalUrl("/my-views/worries"));
    const typed = "Moving to a new school.\nМой новый класс 🙂";
    await answerBox(phone).fill(typed);
    await endSession(phone);
    await submitAndWait(phone, "Continue");

    expect(pathOf(phone)).toBe("/sign-in");
    await expect(status(phone)).resolves.toBe(WAITING);

    await phone.getByLabel("Username").fill(ACCOUNT.username);
    await phone.getByLabel("Passphrase").fill(ACCOUNT.passphrase);
    await submitAndWait(phone, "Sign in");
    expect(pathOf(phone)).toBe("/my-views/worries");
    await expect(status(phone)).resolves.toBe(RESTORED);
    await expect(answerBox(phone).inputValue()).resolves.toBe(typed);

    // Told once: the page as it is next shown has only the answer, now saved.
    await submitAndWait(phone, "Continue");
    await phone.goto(portalUrl("/my-views/worries"));
    await expect(main(phone)).resolves.not.toContain(RESTORED);
    await expect(answerBox(phone).inputValue()).resolves.toBe(typed);
  });

  it("with JavaScript, is told by the background save that they must sign in again, and Continue brings them back with it", async () => {
    const phone = await newPage();
    await signIn(phone, ACCOUNT.username, ACCOUNT.passphrase);
    await phone.goto(portalUrl("/my-views/going-well"));
    await endSession(phone);
    const typed = "My football team won on Saturday";
    await answerBox(phone).fill(typed);
    await phone.getByText("You have been signed out. What you typed is still here: press Continue to sign in again and carry on.").waitFor();
    expect(pathOf(phone)).toBe("/my-views/going-well");
    await expect(answerBox(phone).inputValue()).resolves.toBe(typed);

    await submitAndWait(phone, "Continue");
    expect(pathOf(phone)).toBe("/sign-in");
    await expect(status(phone)).resolves.toBe(WAITING);
    await expectAccessibleAndNarrow(phone);
    await phone.getByLabel("Username").fill(ACCOUNT.username);
    await phone.getByLabel("Passphrase").fill(ACCOUNT.passphrase);
    await submitAndWait(phone, "Sign in");
    await phone.waitForURL(portalUrl("/my-views/going-well"));
    await expect(status(phone)).resolves.toBe(RESTORED);
    await expect(answerBox(phone).inputValue()).resolves.toBe(typed);
    await expectAccessibleAndNarrow(phone);
  }, 120_000);

  it("signed out on another device, keeps the choices they were making, ticks included", async () => {
    const phone = await newPage({ javaScriptEnabled: false });
    await signIn(phone, ACCOUNT.username, ACCOUNT.passphrase);
    await phone.goto(portalUrl("/my-review/where"));
    await phone.getByLabel("Somewhere else").check();
    await phone.getByLabel("Which place?").fill("The youth club");

    const laptop = await newPage({ javaScriptEnabled: false });
    await signIn(laptop, ACCOUNT.username, ACCOUNT.passphrase);
    await submitAndWait(laptop, "Sign out on every device");

    await submitAndWait(phone, "Continue");
    expect(pathOf(phone)).toBe("/sign-in");
    await expect(status(phone)).resolves.toBe(WAITING);
    await phone.getByLabel("Username").fill(ACCOUNT.username);
    await phone.getByLabel("Passphrase").fill(ACCOUNT.passphrase);
    await submitAndWait(phone, "Sign in");
    expect(pathOf(phone)).toBe("/my-review/where");
    await expect(phone.getByLabel("Somewhere else").isChecked()).resolves.toBe(true);
    await expect(phone.getByLabel("Which place?").inputValue()).resolves.toBe("The youth club");
  });

  it("never shows what they typed to someone else who signs in on the same browser, and then forgets it", async () => {
    const shared = await newPage({ javaScriptEnabled: false });
    await signIn(shared, ACCOUNT.username, ACCOUNT.passphrase);
    await shared.goto(portalUrl("/my-views/worries"));
    const typed = "Something only my IRO should read";
    await answerBox(shared).fill(typed);
    await endSession(shared);
    await submitAndWait(shared, "Continue");
    await expect(status(shared)).resolves.toBe(WAITING);

    await shared.getByLabel("Username").fill(DEMO_IRO.username);
    await shared.getByLabel("Passphrase").fill(DEMO_IRO.passphrase);
    await submitAndWait(shared, "Sign in");
    expect(pathOf(shared)).toBe("/");
    await expect(main(shared)).resolves.not.toContain(typed);
    await expect(main(shared)).resolves.not.toContain(RESTORED);
    await submitAndWait(shared, "Sign out");

    await shared.getByLabel("Username").fill(ACCOUNT.username);
    await shared.getByLabel("Passphrase").fill(ACCOUNT.passphrase);
    await submitAndWait(shared, "Sign in");
    expect(pathOf(shared)).toBe("/");
    await shared.goto(portalUrl("/my-views/worries"));
    await expect(answerBox(shared).inputValue()).resolves.not.toBe(typed);
  });
});

describe("an IRO whose session ends while they fill in a staff form", () => {
  it("signs in again and finds every box as they left it, with JavaScript", async () => {
    const laptop = await newPage();
    await signIn(laptop, DEMO_IRO.username, DEMO_IRO.passphrase);
    await laptop.goto(portalUrl("/young-people"));
    await laptop.getByRole("link", { name: `Next review and choices for ${firstName}`, exact: true }).click();
    await laptop.getByRole("heading", { level: 1, name: `${firstName}'s next review` }).waitFor();
    const needsPath = pathOf(laptop).replace(/\/review$/, "/communication-needs");
    await laptop.goto(portalUrl(needsPath));
    await laptop.getByLabel("Interpreter language").fill("Tigrinya");
    await laptop.getByLabel("Anything else that helps").fill("Likes a short break every half hour.");
    await endSession(laptop);
    await submitAndWait(laptop, "Save");

    expect(pathOf(laptop)).toBe("/sign-in");
    await expect(status(laptop)).resolves.toBe(WAITING);
    await laptop.getByLabel("Username").fill(DEMO_IRO.username);
    await laptop.getByLabel("Passphrase").fill(DEMO_IRO.passphrase);
    await submitAndWait(laptop, "Sign in");
    await laptop.waitForURL(portalUrl(needsPath));
    await expect(status(laptop)).resolves.toBe(RESTORED);
    await expect(laptop.getByLabel("Interpreter language").inputValue()).resolves.toBe("Tigrinya");
    await expect(laptop.getByLabel("Anything else that helps").inputValue()).resolves.toBe("Likes a short break every half hour.");
    await expectAccessibleAndNarrow(laptop);

    await submitAndWait(laptop, "Save");
    await expect(main(laptop)).resolves.toContain(`Saved. The pack now shows how ${firstName} communicates.`);
  }, 120_000);
});

describe("someone with a single-use link whose browser loses it while they type", () => {
  it.each([
    ["without JavaScript", false],
    ["with JavaScript", true],
  ])("opens the link again and lands on the page they were on, with what they typed and their draft, %s", async (_case, javaScriptEnabled) => {
    const phone = await newPage({ javaScriptEnabled });
    // axe runs in the page, so it checks the pages as JavaScript shows them.
    const checkAccessible = () => (javaScriptEnabled ? expectAccessibleAndNarrow(phone) : Promise.resolve());
    const link = await contributionLinkFor(DEMO_IRO, "Sam", DEMO_SOCIAL_WORKER.firstName);
    await phone.goto(link);
    await phone.getByRole("link", { name: "Start" }).click();
    const first = "Sam has settled in well at home.";
    await answerBox(phone).fill(first);
    await submitAndWait(phone, "Continue");
    const secondPath = pathOf(phone);
    const second = "Sam enjoys cooking on Sundays.";
    await answerBox(phone).fill(second);
    await phone.context().clearCookies({ name: LINK });
    await submitAndWait(phone, "Continue");

    expect(pathOf(phone)).toBe("/contribute");
    await expect(status(phone)).resolves.toBe("This device lost your link, so we kept what you typed. Open your link again to carry on.");
    await checkAccessible();

    await phone.goto(link);
    expect(pathOf(phone)).toBe(secondPath);
    await expect(status(phone)).resolves.toBe("We kept what you typed before this device lost your link. Check it, then carry on.");
    await expect(answerBox(phone).inputValue()).resolves.toBe(second);
    await checkAccessible();

    await submitAndWait(phone, "Back");
    await expect(answerBox(phone).inputValue()).resolves.toBe(first);
    await submitAndWait(phone, "Continue");
    await expect(answerBox(phone).inputValue()).resolves.toBe(second);
  }, 120_000);
});
