import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import type { Page } from "playwright-core";
import { portalUrl } from "../support/app-under-test";
import { useBrowser } from "../support/browser";
import { CHROMIUM_PATH } from "../support/chromium";
import { DEMO_IRO, DEMO_YOUNG_PERSON } from "../support/demo-people";
import { signIn } from "../support/pages";

/**
 * Lighthouse's mobile run (its default throttling: a slow phone on a slow 4G) of three pages, each a few times,
 * printing the median Total Blocking Time, Largest Contentful Paint and JavaScript bytes, and the bytes of messages
 * each page ships for hydration. BENCH_RUNS sets the runs a page (default 3).
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const LIGHTHOUSE = path.resolve(__dirname, "../../node_modules/.bin/lighthouse");
const CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-quic --disable-background-networking --disable-component-update --disable-sync --no-first-run";
const run = promisify(execFile);

type Audit = { numericValue?: number };
type Report = { audits: Record<string, Audit & { details?: { items?: { resourceType?: string; transferSize?: number }[] } }> };

interface Figures {
  tbtMs: number;
  lcpMs: number;
  jsBytes: number;
}

async function lighthouse(url: string, cookie: string | null): Promise<Figures> {
  const args = [url, "--quiet", "--only-categories=performance", "--output=json", "--output-path=stdout", `--chrome-flags=${CHROME_FLAGS}`];
  if (cookie) args.push(`--extra-headers=${JSON.stringify({ Cookie: cookie })}`);
  const { stdout } = await run(LIGHTHOUSE, args, { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, maxBuffer: 64 * 1024 * 1024 });
  const { audits } = JSON.parse(stdout) as Report;
  const scripts = audits["resource-summary"]?.details?.items?.find((item) => item.resourceType === "script");
  return {
    tbtMs: audits["total-blocking-time"]?.numericValue ?? NaN,
    lcpMs: audits["largest-contentful-paint"]?.numericValue ?? NaN,
    jsBytes: scripts?.transferSize ?? NaN,
  };
}

/** The middle value (of an odd count, as the runs are). */
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/** The bytes of the messages the page hands to hydration (the root loader's, as JSON). */
async function shippedMessageBytes(page: Page): Promise<number> {
  return page.evaluate(() => {
    const root = (window as unknown as { __remixContext?: { state?: { loaderData?: { root?: { messages?: unknown } } } } }).__remixContext?.state?.loaderData?.root;
    return root?.messages === undefined ? 0 : new TextEncoder().encode(JSON.stringify(root.messages)).length;
  });
}

async function sessionCookie(page: Page): Promise<string> {
  const cookies = await page.context().cookies();
  return cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
}

describe("pages on a phone (Lighthouse, mobile)", () => {
  const { newPage } = useBrowser();

  it("measures the sign-in page, the young person's home and the IRO's pre-review pack", async () => {
    const young = await newPage();
    await signIn(young, DEMO_YOUNG_PERSON.username, DEMO_YOUNG_PERSON.passphrase);
    const iro = await newPage();
    await signIn(iro, DEMO_IRO.username, DEMO_IRO.passphrase);
    await iro.getByRole("link", { name: "Your young people" }).click();
    await iro.getByRole("link", { name: "Everything before the review for Sam", exact: true }).click();
    await iro.getByRole("heading", { level: 1, name: "Before Sam's review" }).waitFor();
    const visitor = await newPage();
    await visitor.goto(portalUrl("/sign-in"));

    const pages = [
      { name: "sign-in", page: visitor, cookie: null },
      { name: "young person's home", page: young, cookie: await sessionCookie(young) },
      { name: "IRO's pre-review pack", page: iro, cookie: await sessionCookie(iro) },
    ];
    const lines: string[] = [];
    for (const { name, page, cookie } of pages) {
      const url = page.url();
      const messageBytes = await shippedMessageBytes(page);
      const runs: Figures[] = [];
      for (let index = 0; index < RUNS; index += 1) runs.push(await lighthouse(url, cookie));
      const tbt = runs.map((each) => each.tbtMs);
      lines.push(
        `${name.padEnd(24)} TBT median ${Math.round(median(tbt))} ms (runs ${tbt.map(Math.round).join(", ")}), ` +
          `LCP median ${Math.round(median(runs.map((each) => each.lcpMs)))} ms, JS ${Math.round(median(runs.map((each) => each.jsBytes)))} B transferred, ` +
          `messages for hydration ${messageBytes} B`,
      );
    }
    process.stdout.write(`\nLighthouse mobile, ${RUNS} runs a page, ${new URL(portalUrl()).origin}:\n${lines.join("\n")}\n\n`);
    expect(lines).toHaveLength(pages.length);
  });
});
