import { ApiError, type ApiClient } from "~/graphql/api.server";
import { heldLinkCookie, openHeldForm, openQuestion, saveAnswer, sendViews, takeLinkToken, whatWasSent } from "./contribution-form.server";
import { heldAsSent, heldToken } from "./held-link-cookie.server";
import { thrownResponse } from "~/testing/thrown-response";
import { keptFormCookie, ownerMarks } from "~/kept/kept.server";
import { postedForm } from "~/kept/posted-form.server";

const TOKEN = "Vq3XbT0m4c2s9QyK1nHd8uLw5eZr7pAi6oJgFkYtBxE";
const KEY = "6f1c7c1e-7d0b-4a53-9d1e-2f4b8f0c9a11";
const context = { clientAddress: "203.0.113.7" };

type Call = { operation: string; variables: Record<string, unknown> };

/** Stands in for the API: each operation, by name, answers with its entry (or throws it); what was sent is recorded. */
function apiAnswering(answers: Record<string, unknown>): { api: ApiClient; calls: Call[] } {
  const calls: Call[] = [];
  const api = (async (document: { toString(): string }, variables: Record<string, unknown>) => {
    const operation = /(?:query|mutation) (\w+)/.exec(document.toString())?.[1] ?? "";
    calls.push({ operation, variables });
    const answer = answers[operation];
    if (answer instanceof Error) throw answer;
    return answer;
  }) as unknown as ApiClient;
  return { api, calls };
}

const openForm = (draft: Record<string, string | null> = {}, expiresAt = "2099-03-12T16:30:00Z") => ({
  contributionForm: {
    __typename: "ContributionForm",
    youngPersonFirstName: "Sam",
    reviewScheduledFor: "2099-03-12T16:30:00Z",
    relationship: "FOSTER_CARER",
    questions: ["howThingsAreGoing", "whatIsGoingWell", "dailyLife", "anythingElse"],
    draft,
    draftSavedAt: null,
    expiresAt,
  },
});
const closed = (reason: string) => ({ __typename: "ContributionFormClosed", reason });

async function requestHolding(held = heldToken(TOKEN), init: RequestInit = {}): Promise<Request> {
  const cookie = (await heldLinkCookie.commit(held)).split(";")[0] ?? "";
  return new Request("http://localhost/contribute", { ...init, headers: { Cookie: cookie } });
}


describe("opening a single-use link", () => {
  it("moves the token into a cookie for the /contribute pages and redirects there, sending no Referer on", async () => {
    const response = await thrownResponse(takeLinkToken(new Request(`http://localhost/contribute/${TOKEN}`), TOKEN));
    expect(response.status).toBe(303);
    expect(response.headers.get("Location")).toBe("/contribute");
    expect(response.headers.get("Referrer-Policy")).toBe("no-referrer");
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    const cookie = response.headers.get("Set-Cookie") ?? "";
    expect(await heldLinkCookie.read(new Request("http://localhost/contribute", { headers: { Cookie: cookie.split(";")[0] ?? "" } }))).toMatchObject({ kind: "link", token: TOKEN });
  });

  it("goes back to the page being typed when this browser lost the link, if the kept answer is this link's", async () => {
    const kept = keptFormCookie.commit({ path: "/contribute/questions/dailyLife", kind: "link", owner: ownerMarks.markOf(`link:${TOKEN}`), scope: "", fields: [["answer", "Sam"]] });
    const cookie = kept.map((header) => header.split(";")[0]).filter((pair) => !pair?.endsWith("=")).join("; ");
    const ours = await thrownResponse(takeLinkToken(new Request(`http://localhost/contribute/${TOKEN}`, { headers: { Cookie: cookie } }), TOKEN));
    expect(ours.headers.get("Location")).toBe("/contribute/questions/dailyLife");
    const another = await thrownResponse(takeLinkToken(new Request(`http://localhost/contribute/${TOKEN}`, { headers: { Cookie: cookie } }), "B".repeat(43)));
    expect(another.headers.get("Location")).toBe("/contribute");
    expect(another.headers.getSetCookie()).toEqual(expect.arrayContaining(keptFormCookie.clear()));
  });

  it("holds nothing for an address far too long to be a link", async () => {
    const response = await thrownResponse(takeLinkToken(new Request("http://localhost/contribute/x"), "a".repeat(500)));
    expect(response.headers.get("Set-Cookie")).toMatch(/^my_review_link=; Max-Age=0;/);
  });
});

describe("an answer sent after this browser lost the link", () => {
  it("is kept for the link the page was shown for, and the holder is sent to the start page", async () => {
    const mark = ownerMarks.markOf(`link:${TOKEN}`);
    const request = new Request("http://localhost/contribute/questions/dailyLife", { method: "POST", body: new URLSearchParams({ answer: "Sam cooks", "kept-owner": mark }) });
    await postedForm(request);
    const response = await thrownResponse(openQuestion(request, context, "dailyLife", apiAnswering({}).api));
    expect(response.headers.get("Location")).toBe("/contribute");
    const cookie = response.headers.getSetCookie().map((header) => header.split(";")[0]).filter((pair) => !pair?.endsWith("=")).join("; ");
    expect(keptFormCookie.read(new Request("http://localhost/", { headers: { Cookie: cookie } }))).toMatchObject({ path: "/contribute/questions/dailyLife", kind: "link", owner: mark, fields: [["answer", "Sam cooks"]] });
  });
});

describe("the form a held link opens", () => {
  it("is no link at all without the cookie, and sent once the views are, without asking the API", async () => {
    const { api, calls } = apiAnswering({});
    await expect(openHeldForm(new Request("http://localhost/contribute"), context, api)).resolves.toEqual({ open: false, reason: "NO_LINK" });
    await expect(openHeldForm(await requestHolding(heldAsSent("held-token")), context, api)).resolves.toEqual({ open: false, reason: "USED" });
    expect(calls).toEqual([]);
  });

  it("is closed for the API's reason", async () => {
    const { api, calls } = apiAnswering({ ContributionForm: { contributionForm: closed("REVOKED") } });
    await expect(openHeldForm(await requestHolding(), context, api)).resolves.toEqual({ open: false, reason: "REVOKED" });
    expect(calls[0]?.variables).toEqual({ token: TOKEN });
  });

  it("shortens the cookie's life to the link's when the link ends within the day", async () => {
    const soon = new Date(Date.now() + 3_600_000).toISOString();
    const { api } = apiAnswering({ ContributionForm: openForm({}, soon) });
    const held = await openHeldForm(await requestHolding(), context, api);
    expect(held.open && held.headers["Set-Cookie"]).toContain(`Expires=${new Date(soon).toUTCString()}`);
    const { api: later } = apiAnswering({ ContributionForm: openForm() });
    const heldLonger = await openHeldForm(await requestHolding(), context, later);
    expect(heldLonger.open && heldLonger.headers).toEqual({});
  });
});

describe("saving an answer", () => {
  it("sends the whole draft with the answer just typed, as the API replaces the draft", async () => {
    const { api, calls } = apiAnswering({
      ContributionForm: openForm({ howThingsAreGoing: "Settled", dailyLife: "Old answer" }),
      SaveContributionDraft: { saveContributionDraft: { __typename: "ContributionDraftSaved" } },
    });
    const question = await openQuestion(await requestHolding(), context, "dailyLife", api);
    await expect(saveAnswer(context, question, "Football on Saturdays", api)).resolves.toBeNull();
    expect(calls[1]).toEqual({
      operation: "SaveContributionDraft",
      variables: { input: { token: TOKEN, answers: { howThingsAreGoing: "Settled", dailyLife: "Football on Saturdays" } } },
    });
  });

  it("keeps what was typed, with the problem in kind words, when the API refuses it", async () => {
    const tooLong = "x".repeat(4001);
    const { api } = apiAnswering({
      ContributionForm: openForm(),
      SaveContributionDraft: new ApiError("BAD_USER_INPUT", "Bad input", [{ field: "answers.dailyLife", code: "TOO_LONG", message: "Keep each answer to 4,000 characters." }]),
    });
    const question = await openQuestion(await requestHolding(), context, "dailyLife", api);
    await expect(saveAnswer(context, question, tooLong, api)).resolves.toEqual({
      errors: [{ field: "answer", message: "Your answer is too long. Please keep it to 4,000 characters or fewer." }],
      text: tooLong,
    });
  });

  it("finds no page for a question this link does not ask", async () => {
    const { api, calls } = apiAnswering({ ContributionForm: openForm() });
    expect((await thrownResponse(openQuestion(await requestHolding(), context, "familyTime", api))).status).toBe(404);
    expect(calls.map((call) => call.operation)).toEqual(["ContributionForm"]);
  });

  it("sends someone whose link closed meanwhile to the start page, which says why", async () => {
    const { api } = apiAnswering({ ContributionForm: { contributionForm: closed("EXPIRED") } });
    const response = await thrownResponse(openQuestion(await requestHolding(), context, "dailyLife", api));
    expect(response.headers.get("Location")).toBe("/contribute");
  });
});

describe("sending the views", () => {
  it("sends the saved draft with the page's key, then thanks the holder, keeping only that they sent them", async () => {
    const { api, calls } = apiAnswering({
      ContributionForm: openForm({ dailyLife: "Football", familyTime: "Not asked" }),
      SubmitContribution: { submitContribution: { __typename: "ContributionSubmitted" } },
    });
    const response = await thrownResponse(sendViews(await requestHolding(), context, KEY, api));
    expect(calls[1]?.variables).toEqual({ input: { token: TOKEN, answers: { dailyLife: "Football" }, submissionKey: KEY } });
    expect(response.headers.get("Location")).toBe("/contribute/sent");
    const cookie = response.headers.get("Set-Cookie")?.split(";")[0] ?? "";
    expect(await heldLinkCookie.read(new Request("http://localhost/contribute", { headers: { Cookie: cookie } }))).toMatchObject({ kind: "sent" });
  });

  it("answers a second press with the same key, once the link is spent, as the first", async () => {
    const { api, calls } = apiAnswering({
      ContributionForm: { contributionForm: closed("USED") },
      SubmitContribution: { submitContribution: { __typename: "ContributionSubmitted" } },
    });
    const response = await thrownResponse(sendViews(await requestHolding(), context, KEY, api));
    expect(calls[1]?.variables).toEqual({ input: { token: TOKEN, answers: {}, submissionKey: KEY } });
    expect(response.headers.get("Location")).toBe("/contribute/sent");
  });

  it("sends a spent link's other submissions to the start page, which says the views were sent", async () => {
    const { api } = apiAnswering({
      ContributionForm: { contributionForm: closed("USED") },
      SubmitContribution: { submitContribution: closed("USED") },
    });
    expect((await thrownResponse(sendViews(await requestHolding(), context, KEY, api))).headers.get("Location")).toBe("/contribute");
  });

  it("asks for one answer when none was given", async () => {
    const { api } = apiAnswering({
      ContributionForm: openForm(),
      SubmitContribution: new ApiError("BAD_USER_INPUT", "Bad input", [{ field: "answers", code: "NOTHING_ANSWERED", message: "Answer at least one question." }]),
    });
    await expect(sendViews(await requestHolding(), context, KEY, api)).resolves.toEqual([{ field: "send", message: "Answer at least one question before you send your views" }]);
  });
});

describe("what a holder sent, for the thank-you page", () => {
  it("is asked of the API with the token kept once sent, question by question in the order asked", async () => {
    const sent = { youngPersonFirstName: "Sam", questions: ["whatIsGoingWell", "anythingElse"], submittedAt: "2026-03-01T10:00:00Z", answers: { whatIsGoingWell: "Football", anythingElse: null } };
    const { api, calls } = apiAnswering({ SentContribution: { sentContribution: sent } });
    await expect(whatWasSent(await requestHolding(heldAsSent(TOKEN)), context, api)).resolves.toEqual({
      firstName: "Sam",
      submittedAt: "2026-03-01T10:00:00Z",
      answers: [
        { id: "whatIsGoingWell", text: "Football" },
        { id: "anythingElse", text: "" },
      ],
    });
    expect(calls.map((call) => call.variables)).toEqual([{ token: TOKEN }]);
  });

  it("is not asked for by a browser that has not sent its views", async () => {
    const { api, calls } = apiAnswering({});
    await expect(whatWasSent(await requestHolding(), context, api)).resolves.toBe("not sent");
    expect(calls).toEqual([]);
  });
});
