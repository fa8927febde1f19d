import { execFile } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
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
 * each page ships for hydration. BENCH_RUNS sets the runs a page (default 3). The first page measured is a few lines
 * of HTML with no scripts and no styles, served here: the floor this machine's load sets under every figure of the
 * same run.
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

/** A page with nothing to run: what Lighthouse measures on it is the machine, not the app. */
async function startFloorPage(): Promise<{ server: Server; url: string }> {
  const html = '<!doctype html><html lang="en-GB"><head><meta name="viewport" content="width=device-width, initial-scale=1"><title>Floor</title></head><body><h1>Floor</h1><p>No scripts, no styles.</p></body></html>';
  const server = createServer((_request, response) => response.writeHead(200, { "Content-Type": "text/html" }).end(html));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
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

    const floor = await startFloorPage();
    const pages = [
      { name: "floor (no scripts)", url: floor.url, page: null, cookie: null },
      { name: "sign-in", url: visitor.url(), page: visitor, cookie: null },
      { name: "young person's home", url: young.url(), page: young, cookie: await sessionCookie(young) },
      { name: "IRO's pre-review pack", url: iro.url(), page: iro, cookie: await sessionCookie(iro) },
    ];
    const messageBytes: number[] = [];
    for (const { url, page } of pages) {
      // Loaded afresh, as Lighthouse loads it: what the document itself hands to hydration.
      await page?.goto(url);
      messageBytes.push(page ? await shippedMessageBytes(page) : 0);
    }
    // Round by round rather than page by page, so that a change in the machine's load falls on every page alike.
    const runs: Figures[][] = pages.map(() => []);
    for (let round = 0; round < RUNS; round += 1) {
      for (const [index, { url, cookie }] of pages.entries()) runs[index]?.push(await lighthouse(url, cookie));
    }
    const lines = pages.map(({ name }, index) => {
      const figures = runs[index] ?? [];
      const tbt = figures.map((each) => each.tbtMs);
      return (
        `${name.padEnd(24)} TBT median ${Math.round(median(tbt))} ms (runs ${tbt.map(Math.round).join(", ")}), ` +
        `LCP median ${Math.round(median(figures.map((each) => each.lcpMs)))} ms, JS ${Math.round(median(figures.map((each) => each.jsBytes)))} B transferred, ` +
        `messages for hydration ${messageBytes[index]} B`
      );
    });
    floor.server.close();
    process.stdout.write(`\nLighthouse mobile, ${RUNS} runs a page, ${new URL(portalUrl()).origin}:\n${lines.join("\n")}\n\n`);
    expect(lines).toHaveLength(pages.length);
  });
});
