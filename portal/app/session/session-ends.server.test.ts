import { ApiError, type ApiClient } from "~/graphql/api.server";
import { sessionEnds } from "./session-ends.server";
import { sessionCookie } from "./session.server";

const ENDS = { idleEndsAt: new Date(Date.now() + 30 * 60_000).toISOString(), expiresAt: new Date(Date.now() + 8 * 3_600_000).toISOString() };

async function signedInRequest(): Promise<Request> {
  const cookie = (await sessionCookie.commit({ token: "t0k3n", expiresAt: ENDS.expiresAt, accountId: "account-1" })).split(";")[0] ?? "";
  return new Request("http://portal.test/session/ends", { headers: { Cookie: cookie } });
}

/** Stands in for the API, recording which operations the portal sent and with which token. */
function apiAnswering(answer: () => unknown) {
  const sent: { operation: string; token: string | undefined }[] = [];
  const api = (async (document: { toString(): string }, _variables: unknown, options?: { token?: string }) => {
    sent.push({ operation: /(?:query|mutation) (\w+)/.exec(document.toString())?.[1] ?? "", token: options?.token });
    return answer();
  }) as unknown as ApiClient;
  return { api, sent };
}

describe("when the session ends, as the timeout warning asks", () => {
  it("reads it from the API without counting as staying", async () => {
    const { api, sent } = apiAnswering(() => ({ sessionEnds: ENDS }));
    const answer = await sessionEnds(await signedInRequest(), "read", api);
    expect(answer.data).toEqual({ ends: ENDS, answeredAt: expect.any(String) });
    expect(sent).toEqual([{ operation: "SessionEnds", token: "t0k3n" }]);
  });

  it("asks the API to count staying signed in as use, and answers the new end", async () => {
    const { api, sent } = apiAnswering(() => ({ staySignedIn: ENDS }));
    const answer = await sessionEnds(await signedInRequest(), "stay", api);
    expect(answer.data).toEqual({ ends: ENDS, answeredAt: expect.any(String) });
    expect(sent.map((call) => call.operation)).toEqual(["StaySignedIn"]);
  });

  it("answers that a session the API has ended is over, clearing the cookie rather than redirecting", async () => {
    const { api } = apiAnswering(() => {
      throw new ApiError("UNAUTHENTICATED", "Your session has ended.");
    });
    const answer = await sessionEnds(await signedInRequest(), "stay", api);
    expect(answer.data).toEqual({ ends: null, answeredAt: expect.any(String) });
    expect(new Headers(answer.init?.headers).get("Set-Cookie")).toMatch(/^my_review_session=;/);
  });

  it("answers that there is no session without asking the API", async () => {
    const { api, sent } = apiAnswering(() => ({ sessionEnds: ENDS }));
    const answer = await sessionEnds(new Request("http://portal.test/session/ends"), "read", api);
    expect(answer.data).toEqual({ ends: null, answeredAt: expect.any(String) });
    expect(sent).toEqual([]);
  });
});
