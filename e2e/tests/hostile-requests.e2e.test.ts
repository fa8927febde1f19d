/**
 * What the production portal answers to requests no page of it would send: other sites' forms, bodies that are not
 * forms or are far too big, odd methods, ids that are someone else's or no id at all, Remix's own data addresses.
 * Each is answered with a 4xx and a page that says what happened, never a 5xx. No browser: these are the requests
 * a script, not a person, makes.
 */
import { request as httpRequest } from "node:http";
import { accountForAnotherYoungPerson, contributionLinkFor } from "../support/api";
import { portalUrl } from "../support/app-under-test";
import { DEMO_IRO, DEMO_IRO_MANAGER, DEMO_SOCIAL_WORKER, DEMO_YOUNG_PERSON_TO_INVITE } from "../support/demo-people";

const ORIGIN = new URL(portalUrl()).origin;
const FORM = "application/x-www-form-urlencoded";
const SAME_ORIGIN = { origin: ORIGIN, "content-type": FORM };
const MEGABYTE = 1024 * 1024;
const YOUNG_PERSON = { username: `hostile.${process.pid}`, passphrase: "velvet canyon otter 58" };

type Who = "nobody" | "iro" | "youngPerson" | "linkHolder" | "manager";
type Answer = { status: number; headers: Headers; body: string };
type Case = { name: string; as: Who; method?: string; path: string; headers?: Record<string, string>; body?: string | Uint8Array<ArrayBuffer>; status: number };

const cookies: Record<Who, string> = { nobody: "", iro: "", youngPerson: "", linkHolder: "", manager: "" };
let ownYoungPersonId = "";
let anotherIrosYoungPersonId = "";

function cookieHeader(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
}

async function send({ as, method = "GET", path, headers = {}, body }: Omit<Case, "name" | "status">): Promise<Answer> {
  const response = await fetch(portalUrl(path), { method, headers: { cookie: cookies[as], ...headers }, body, redirect: "manual" });
  return { status: response.status, headers: response.headers, body: await response.text() };
}

async function signIn(username: string, passphrase: string): Promise<string> {
  const response = await fetch(portalUrl("/sign-in"), { method: "POST", headers: SAME_ORIGIN, body: new URLSearchParams({ username, passphrase }), redirect: "manual" });
  if (response.status !== 302) throw new Error(`${username} could not sign in through the portal (${response.status}).`);
  return cookieHeader(response);
}

/** The young people a caseload page links to, by id, with their first names. */
async function youngPeopleOn(cookie: string): Promise<Map<string, string>> {
  const html = await (await fetch(portalUrl("/young-people?show=all"), { headers: { cookie } })).text();
  const found = new Map<string, string>();
  for (const [, id, name] of html.matchAll(/href="\/young-people\/([0-9a-f-]{36})\/review\/pack">[^<]*<span class="visually-hidden"> <!-- -->for ([^<]+)</g)) found.set(id!, name!);
  return found;
}

/**
 * A raw HTTP request, for what fetch will not send: a declared length with no body yet, a body streamed in chunks, a
 * Host header of our choosing, an absolute URL as the path.
 */
function rawRequest(path: string, headers: Record<string, string | number>, write: (request: ReturnType<typeof httpRequest>) => void, method = "POST"): Promise<number> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(portalUrl());
    const request = httpRequest({ hostname, port, path, method, headers: { ...SAME_ORIGIN, ...headers } }, (response) => {
      resolve(response.statusCode ?? 0);
      response.resume();
      request.destroy();
    });
    // The portal may stop reading once it has answered; only a request that never gets an answer fails.
    request.on("error", (error) => setTimeout(() => reject(error), 2_000));
    write(request);
  });
}

beforeAll(async () => {
  const firstName = await accountForAnotherYoungPerson(DEMO_IRO, YOUNG_PERSON, ["Sam", DEMO_YOUNG_PERSON_TO_INVITE.firstName, "Jamie"]);
  cookies.iro = await signIn(DEMO_IRO.username, DEMO_IRO.passphrase);
  cookies.manager = await signIn(DEMO_IRO_MANAGER.username, DEMO_IRO_MANAGER.passphrase);
  cookies.youngPerson = await signIn(YOUNG_PERSON.username, YOUNG_PERSON.passphrase);
  const link = await fetch(await contributionLinkFor(DEMO_IRO, "Sam", DEMO_SOCIAL_WORKER.firstName), { redirect: "manual" });
  cookies.linkHolder = cookieHeader(link);

  const iros = await youngPeopleOn(cookies.iro);
  ownYoungPersonId = [...iros].find(([, name]) => name === firstName)?.[0] ?? "";
  const everyone = await youngPeopleOn(cookies.manager);
  anotherIrosYoungPersonId = [...everyone.keys()].find((id) => !iros.has(id)) ?? "";
  expect(ownYoungPersonId).not.toBe("");
  expect(anotherIrosYoungPersonId).not.toBe("");
}, 60_000);

const YOUNG_PEOPLE_PAGES = ["review", "review/arrange", "review/cancel", "review/links", "review/pack", "communication-needs", "invitation"];
/** The forms that act on the young person the address names (the others name their review in the form, and the API refuses another's). */
const YOUNG_PEOPLE_ACTIONS = { "communication-needs": "interpreterLanguage=x", invitation: "" };
const MALFORMED_IDS = {
  "not a uuid": "not-a-uuid",
  "very long": "a".repeat(2_000),
  "odd characters": encodeURIComponent("<script>'\"\u0000☃"),
  "a uuid with a path in it": "..%2F..%2Fsign-out",
};

/** Built when the tests run, since they need the ids found in beforeAll. */
function idCases(): Case[] {
  const ids: Record<string, string> = { "another IRO's young person": anotherIrosYoungPersonId, ...MALFORMED_IDS };
  return [
    ...Object.entries(ids).flatMap(([what, id]) =>
      YOUNG_PEOPLE_PAGES.map((page): Case => ({ name: `${what}: GET /young-people/:id/${page}`, as: "iro", path: `/young-people/${id}/${page}`, status: 404 })),
    ),
    ...Object.entries(YOUNG_PEOPLE_ACTIONS).map(
      ([page, body]): Case => ({
        name: `another IRO's young person: POST /young-people/:id/${page}`,
        as: "iro",
        method: "POST",
        path: `/young-people/${anotherIrosYoungPersonId}/${page}`,
        headers: SAME_ORIGIN,
        body,
        status: 404,
      }),
    ),
    { name: "another IRO's young person: their choices answered", as: "iro", method: "POST", path: `/young-people/${anotherIrosYoungPersonId}/review`, headers: SAME_ORIGIN, body: "intent=lock&reviewId=00000000-0000-4000-8000-000000000000", status: 404 },
    { name: "not a uuid: POST the invitation", as: "iro", method: "POST", path: "/young-people/not-a-uuid/invitation", headers: SAME_ORIGIN, body: "", status: 404 },
    { name: "HEAD of a malformed id", as: "iro", method: "HEAD", path: "/young-people/not-a-uuid/review", status: 404 },
  ];
}

const CROSS_ORIGIN: Case[] = [
  { name: "sign out from another site (Origin)", as: "manager", method: "POST", path: "/sign-out", headers: { origin: "https://evil.example", "content-type": FORM }, body: "", status: 403 },
  { name: "sign out from another site (Sec-Fetch-Site)", as: "manager", method: "POST", path: "/sign-out", headers: { "sec-fetch-site": "cross-site" }, status: 403 },
  { name: "sign out from a sibling site (Sec-Fetch-Site same-site)", as: "manager", method: "POST", path: "/sign-out", headers: { "sec-fetch-site": "same-site" }, status: 403 },
  { name: "sign out with no Origin and another site's Referer", as: "manager", method: "POST", path: "/sign-out", headers: { referer: "https://evil.example/page" }, status: 403 },
  { name: "sign out with Origin null", as: "manager", method: "POST", path: "/sign-out", headers: { origin: "null" }, status: 403 },
  { name: "sign out from the same host on another port", as: "manager", method: "POST", path: "/sign-out", headers: { origin: "http://localhost:1" }, status: 403 },
  { name: "sign out from the same host over https", as: "manager", method: "POST", path: "/sign-out", headers: { origin: ORIGIN.replace("http:", "https:") }, status: 403 },
  { name: "sign out, the Origin ours but Sec-Fetch-Site cross-site", as: "manager", method: "POST", path: "/sign-out", headers: { origin: ORIGIN, "sec-fetch-site": "cross-site" }, status: 403 },
  { name: "sign out everywhere from another site", as: "manager", method: "POST", path: "/sign-out-everywhere", headers: { origin: "https://evil.example" }, status: 403 },
  { name: "sign in from another site", as: "nobody", method: "POST", path: "/sign-in", headers: { origin: "https://evil.example", "content-type": FORM }, body: "username=a&passphrase=b", status: 403 },
  { name: "stay signed in from another site", as: "manager", method: "POST", path: "/session/keep-alive", headers: { origin: "https://evil.example" }, status: 403 },
  { name: "make an invitation code from another site", as: "iro", method: "POST", path: "/young-people/not-a-uuid/invitation", headers: { "sec-fetch-site": "cross-site", "content-type": FORM }, body: "", status: 403 },
  { name: "a form from another site through Remix's data address", as: "manager", method: "POST", path: "/sign-out.data", headers: { origin: "https://evil.example" }, status: 403 },
];

const NOT_A_FORM: Case[] = [
  { name: "JSON to sign in", as: "nobody", method: "POST", path: "/sign-in", headers: { origin: ORIGIN, "content-type": "application/json" }, body: '{"username":"a"}', status: 415 },
  { name: "plain text to sign in", as: "nobody", method: "POST", path: "/sign-in", headers: { origin: ORIGIN, "content-type": "text/plain" }, body: "garbage", status: 415 },
  { name: "XML to activate", as: "nobody", method: "POST", path: "/activate", headers: { origin: ORIGIN, "content-type": "application/xml" }, body: "<a/>", status: 415 },
  { name: "multipart to sign in", as: "nobody", method: "POST", path: "/sign-in", headers: { origin: ORIGIN, "content-type": "multipart/form-data; boundary=x" }, body: "--x\r\nnot really--", status: 415 },
  { name: "multipart to a question", as: "youngPerson", method: "POST", path: "/my-review/where", headers: { origin: ORIGIN, "content-type": "multipart/form-data; boundary=x" }, body: "--x--", status: 415 },
  { name: "a body with no content type", as: "youngPerson", method: "POST", path: "/my-views/who-can-see", headers: { origin: ORIGIN }, body: "audience=everyone", status: 415 },
  { name: "a form in another character set", as: "nobody", method: "POST", path: "/sign-in", headers: { origin: ORIGIN, "content-type": `${FORM}; charset=iso-8859-1` }, body: "username=a", status: 415 },
  { name: "a compressed form", as: "nobody", method: "POST", path: "/sign-in", headers: { ...SAME_ORIGIN, "content-encoding": "gzip" }, body: "username=a", status: 415 },
  { name: "JSON to stay signed in", as: "manager", method: "POST", path: "/session/keep-alive", headers: { origin: ORIGIN, "content-type": "application/json" }, body: "{}", status: 415 },
  { name: "JSON to a staff action", as: "iro", method: "POST", path: "/young-people/not-a-uuid/review", headers: { origin: ORIGIN, "content-type": "application/json" }, body: "{}", status: 415 },
  { name: "a form with a broken escape", as: "nobody", method: "POST", path: "/sign-in", headers: SAME_ORIGIN, body: "username=%ZZ&passphrase=x", status: 400 },
  { name: "a form whose escapes are not UTF-8", as: "nobody", method: "POST", path: "/activate", headers: SAME_ORIGIN, body: "code=%C3%28", status: 400 },
  { name: "a form of raw bytes that are not UTF-8", as: "nobody", method: "POST", path: "/activate", headers: SAME_ORIGIN, body: new Uint8Array([0x63, 0x6f, 0x64, 0x65, 0x3d, 0xff, 0xfe, 0x00]), status: 400 },
  { name: "garbage posted as a form to the link's check page", as: "linkHolder", method: "POST", path: "/contribute/check-answers", headers: SAME_ORIGIN, body: "%%%%", status: 400 },
];

const METHODS: Case[] = [
  { name: "PUT the sign-in page", as: "nobody", method: "PUT", path: "/sign-in", headers: SAME_ORIGIN, body: "a=1", status: 405 },
  { name: "DELETE the sign-out", as: "manager", method: "DELETE", path: "/sign-out", status: 405 },
  { name: "PATCH a question", as: "youngPerson", method: "PATCH", path: "/my-review/where", headers: SAME_ORIGIN, body: "a=1", status: 405 },
  { name: "PUT a staff page", as: "iro", method: "PUT", path: "/young-people", status: 405 },
  { name: "DELETE the home page", as: "nobody", method: "DELETE", path: "/", status: 405 },
  { name: "OPTIONS of the sign-in page", as: "nobody", method: "OPTIONS", path: "/sign-in", status: 405 },
  { name: "PROPFIND, a method no page has", as: "nobody", method: "PROPFIND", path: "/", status: 405 },
  { name: "HEAD of the sign-in page", as: "nobody", method: "HEAD", path: "/sign-in", status: 200 },
];

const REMIX_DATA: Case[] = [
  { name: "?_data= with an unknown route id", as: "nobody", path: "/sign-in?_data=routes/nope", status: 400 },
  { name: "?_data= for a route with no loader", as: "manager", path: "/session/keep-alive?_data=routes/session.keep-alive", status: 400 },
  { name: "?_data= for the root", as: "iro", path: "/young-people?_data=root", status: 400 },
  { name: "a POST with ?_data=", as: "nobody", method: "POST", path: "/sign-in?_data=routes/sign-in", headers: SAME_ORIGIN, body: "username=a", status: 400 },
  { name: ".data of an unknown page", as: "nobody", path: "/no-such-page.data", status: 404 },
  { name: ".data naming an unknown route", as: "nobody", path: "/sign-in.data?_routes=routes/nope", status: 200 },
  { name: ".data of a route with no loader", as: "manager", path: "/session/keep-alive.data", status: 200 },
  { name: "the route manifest asked for with no version", as: "nobody", path: "/__manifest?p=/sign-in", status: 204 },
  { name: "the route manifest asked for far too much", as: "nobody", path: `/__manifest?version=x&p=${"/a".repeat(5_000)}`, status: 204 },
];

const ODD_ADDRESSES: Case[] = [
  { name: "an unknown page", as: "nobody", path: "/no-such-page", status: 404 },
  { name: "a broken escape in the path", as: "youngPerson", path: "/my-review/%E0%A4%A", status: 400 },
  { name: "a path whose escapes are not UTF-8", as: "youngPerson", path: "/my-views/%C3%28", status: 400 },
  { name: "a broken escape in the query", as: "nobody", path: "/sign-in?x=%ZZ", status: 200 },
  { name: "an unknown question", as: "youngPerson", path: "/my-review/no-such-question", status: 404 },
  { name: "a very long question id", as: "youngPerson", path: `/my-views/${"q".repeat(3_000)}`, status: 404 },
  { name: "odd characters in a question id", as: "youngPerson", path: `/my-views/${encodeURIComponent("<b>\u0000")}`, status: 404 },
  { name: "an unknown question of the link's form", as: "linkHolder", path: "/contribute/questions/no-such-question", status: 404 },
  { name: "a very long question id of the link's form", as: "linkHolder", path: `/contribute/questions/${"q".repeat(3_000)}`, status: 404 },
  { name: "a single-use link far too long to be one", as: "nobody", path: `/contribute/${"t".repeat(4_000)}`, status: 303 },
  { name: "a single-use link with odd characters", as: "nobody", path: `/contribute/${encodeURIComponent("<x>'\"")}`, status: 303 },
  { name: "a caseload page with a huge query string", as: "iro", path: `/young-people?sort=${"x".repeat(6_000)}`, status: 200 },
  { name: "a caseload page with nonsense filters", as: "manager", path: "/young-people?show=nope&iro=not-a-uuid&after=%ZZ", status: 200 },
  { name: "a caseload page with repeated filters", as: "manager", path: "/young-people?show=overdue&show=all&sort=due&sort=name", status: 200 },
  { name: "a caseload page after a cursor that is not one", as: "iro", path: `/young-people?after=${"z".repeat(500)}`, status: 200 },
  { name: "a query string larger than the server takes", as: "nobody", path: `/sign-in?x=${"x".repeat(20_000)}`, status: 431 },
  { name: "a young person's page opened by nobody", as: "nobody", path: "/my-review/where", status: 302 },
  { name: "a staff page opened by a young person", as: "youngPerson", path: `/young-people/not-a-uuid/review`, status: 404 },
];

/** Forms of the right kind with the wrong contents: missing, repeated, of the wrong type, or very long fields. */
function wrongFieldCases(): Case[] {
  const own = `/young-people/${ownYoungPersonId}`;
  const post = (name: string, as: Who, path: string, body: string, status: number): Case => ({ name, as, method: "POST", path, headers: SAME_ORIGIN, body, status });
  const long = "x".repeat(200_000);
  return [
    post("sign in with nothing", "nobody", "/sign-in", "", 400),
    { name: "sign out, sending nothing and naming no type", as: "nobody", method: "POST", path: "/sign-out", headers: { origin: ORIGIN }, status: 302 },
    { name: "a code, sending nothing and naming no type", as: "nobody", method: "POST", path: "/activate", headers: { origin: ORIGIN }, status: 400 },
    post("sign in with the username repeated", "nobody", "/sign-in", "username=a&username=b&passphrase=c", 401),
    post("sign in with a very long username", "nobody", "/sign-in", `username=${long}&passphrase=c`, 400),
    post("a code with nothing else", "nobody", "/activate", "intent=make-account", 400),
    post("make an account with a very long passphrase", "nobody", "/activate", `intent=make-account&code=ABCD&username=ok.name&passphrase=${long}`, 400),
    post("a question answered at great length", "youngPerson", "/my-review/where", `intent=save&placeDetails=${long}`, 400),
    // Taken as the page's main button, Continue, with nothing chosen.
    post("a question sent with an unknown button", "youngPerson", "/my-review/where", "intent=explode", 302),
    post("who can see, with an audience that is not one", "youngPerson", "/my-views/who-can-see", "audience=the-world&intent=continue", 400),
    post("check answers with no submission key", "youngPerson", "/my-views/check-answers", "", 400),
    post("a staff form with no intent", "iro", `${own}/review`, "", 400),
    post("a staff form with an unknown intent", "iro", `${own}/review`, "intent=explode", 400),
    post("arrange with a time that is not one", "iro", `${own}/review/arrange`, "intent=move&date-day=99&date-month=x&date-year=-1&time=25:99", 400),
    post("a link for someone who is not a uuid", "iro", `${own}/review/links`, "personId=not-a-uuid&reviewId=also-not", 400),
    post("cancel with no review named", "iro", `${own}/review/cancel`, "reason=x", 404),
    post("communication needs at great length", "iro", `${own}/communication-needs`, `interpreterLanguage=${long}`, 400),
    post("the pack marked read with no review named", "iro", `${own}/review/pack`, "reviewId=not-a-uuid", 400),
    post("an answer of the link's form at great length", "linkHolder", "/contribute/questions/anythingElse", `intent=continue&answer=${long}`, 400),
  ];
}

/** Every case's answer, for one line in the test's output listing each request that got a 5xx. */
async function answersTo(cases: Case[]): Promise<{ testCase: Case; answer: Answer }[]> {
  const answers = [];
  for (const testCase of cases) answers.push({ testCase, answer: await send(testCase) });
  return answers;
}

describe("hostile requests to the production portal", () => {
  it("are each answered with the right 4xx, never a 5xx", async () => {
    const cases = [...CROSS_ORIGIN, ...NOT_A_FORM, ...METHODS, ...REMIX_DATA, ...ODD_ADDRESSES, ...idCases(), ...wrongFieldCases()];
    expect(cases.length).toBeGreaterThanOrEqual(80);
    const answers = await answersTo(cases);
    const got = answers.map(({ testCase, answer }) => `${testCase.name}: ${answer.status}`);
    const wanted = answers.map(({ testCase }) => `${testCase.name}: ${testCase.status}`);
    expect(got).toEqual(wanted);
  }, 120_000);

  it("leave the person signed in when another site tries to sign them out", async () => {
    for (const testCase of CROSS_ORIGIN.filter((each) => each.path.startsWith("/sign-out"))) await send(testCase);
    expect((await send({ as: "manager", path: "/young-people" })).status).toBe(200);
  });

  it("are answered with a page in our words that says what happened", async () => {
    const refused = [
      { answer: await send(CROSS_ORIGIN[0]!), words: "This came from another website" },
      { answer: await send(NOT_A_FORM[0]!), words: "This was not sent as a form" },
      { answer: await send(NOT_A_FORM.find((each) => each.status === 400)!), words: "We could not read what was sent" },
      { answer: await send(METHODS[0]!), words: "This page cannot do that" },
    ];
    for (const { answer, words } of refused) {
      expect(answer.headers.get("content-type")).toMatch(/^text\/html/);
      expect(answer.headers.get("x-frame-options")).toBe("DENY");
      expect(answer.body).toContain(`<h1>${words}</h1>`);
    }
    expect((await send(METHODS[0]!)).headers.get("allow")).toBe("GET, HEAD, POST");
  });

  it("refuse a form over 1 MB before reading it, whether its length is declared or not", async () => {
    // Only the headers are sent: the answer comes before any of the 50 MB would have.
    const declared = await rawRequest("/sign-in", { "content-length": 50 * MEGABYTE }, (request) => request.flushHeaders());
    expect(declared).toBe(413);

    const chunk = `username=${"x".repeat(64 * 1024)}`;
    const streamed = await rawRequest("/sign-in", { "transfer-encoding": "chunked" }, (request) => {
      let sent = 0;
      const more = () => {
        while (sent < 2 * MEGABYTE && !request.destroyed) {
          sent += chunk.length;
          if (!request.write(chunk)) return void request.once("drain", more);
        }
        if (!request.destroyed) request.end();
      };
      more();
    });
    expect(streamed).toBe(413);

    const justUnder = await send({ as: "nobody", method: "POST", path: "/sign-in", headers: SAME_ORIGIN, body: `username=${"x".repeat(MEGABYTE - 100)}` });
    expect(justUnder.status).toBe(400);
    const page = await send({ as: "nobody", method: "POST", path: "/sign-in", headers: SAME_ORIGIN, body: `username=${"x".repeat(MEGABYTE)}` });
    expect(page.status).toBe(413);
    expect(page.body).toContain("<h1>That is too much to send at once</h1>");
  });

  it("answer a request naming no address the portal can build with 400", async () => {
    const get = (path: string, headers: Record<string, string> = {}) => rawRequest(path, headers, (request) => request.end(), "GET");
    await expect(get("http://evil.example/sign-in")).resolves.toBe(400);
    for (const host of ["a b", "[::1", "localhost:99999", "someone@evil.example"]) await expect(get("/sign-in", { host })).resolves.toBe(400);
    await expect(get("/sign-in", { "x-forwarded-host": "a b" })).resolves.toBe(400);
    await expect(get("/sign-in")).resolves.toBe(200);
  });

  it("show the error summary for an invitation code far longer than a code, keeping what was typed", async () => {
    const typed = "ABCD-".repeat(60);
    const answer = await send({ as: "nobody", method: "POST", path: "/activate", headers: SAME_ORIGIN, body: new URLSearchParams({ intent: "check-code", code: typed }).toString() });
    expect(answer.status).toBe(400);
    expect(answer.body).toContain("There is a problem");
    expect(answer.body).toContain(`value="${typed}"`);
  });

  it("still let the portal's own forms through, with JavaScript (Remix's data address) and without", async () => {
    const withoutScript = await send({ as: "nobody", method: "POST", path: "/sign-in", headers: { ...SAME_ORIGIN, "sec-fetch-site": "same-origin" }, body: "username=&passphrase=" });
    expect(withoutScript.status).toBe(400);
    expect(withoutScript.body).toContain("There is a problem");
    const withScript = await send({ as: "nobody", method: "POST", path: "/sign-in.data", headers: { ...SAME_ORIGIN, "sec-fetch-site": "same-origin" }, body: "username=&passphrase=" });
    expect(withScript.status).toBe(400);
    // A script, or an older browser, that names no origin at all is no other site's form: the SameSite cookie guards it.
    const noOrigin = await send({ as: "manager", method: "POST", path: "/session/keep-alive", headers: { "content-type": FORM }, body: "" });
    expect(noOrigin.status).toBe(200);
    const signOut = await send({ as: "manager", method: "POST", path: "/sign-out", headers: { ...SAME_ORIGIN, referer: `${ORIGIN}/young-people` }, body: "" });
    expect(signOut.status).toBe(302);
    expect(signOut.headers.get("location")).toBe("/sign-in?signed-out");
  });
});
