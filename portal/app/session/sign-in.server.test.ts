import type { ApiClient } from "~/graphql/api.server";
import { signIn } from "./sign-in.server";

type Call = { query: string; variables: unknown };

/** Stands in for the API's answer to the sign-in mutation, recording what the portal sent. */
function apiAnswering(answer: unknown): { api: ApiClient; calls: Call[] } {
  const calls: Call[] = [];
  const api = (async (document: { toString(): string }, variables: unknown) => {
    calls.push({ query: document.toString(), variables });
    return answer;
  }) as unknown as ApiClient;
  return { api, calls };
}

describe("signing in from the portal", () => {
  it("asks for each missing field without calling the API", async () => {
    const { api, calls } = apiAnswering(null);
    const result = await signIn({ username: "  ", passphrase: null }, {}, api);
    expect(result).toEqual({
      ok: false,
      status: 400,
      username: "  ",
      errors: [
        { field: "username", message: "Enter your username" },
        { field: "passphrase", message: "Enter your passphrase" },
      ],
    });
    expect(calls).toHaveLength(0);
  });

  it("refuses a username too long to be real", async () => {
    const { api } = apiAnswering(null);
    const result = await signIn({ username: "a".repeat(101), passphrase: "something" }, {}, api);
    expect(result).toMatchObject({ ok: false, errors: [{ field: "username", message: "Your username must be 100 characters or fewer" }] });
  });

  it("sends what was typed, unchanged, and returns the session", async () => {
    const expiresAt = new Date(Date.now() + 3_600_000).toISOString();
    const { api, calls } = apiAnswering({ signIn: { __typename: "SignedIn", token: "t0k3n", expiresAt, accountId: "7" } });
    const result = await signIn({ username: "Sam", passphrase: " spaces count " }, {}, api);
    expect(result).toEqual({ ok: true, session: { token: "t0k3n", expiresAt, accountId: "7" } });
    expect(calls[0]?.variables).toEqual({ input: { username: "Sam", passphrase: " spaces count " } });
  });

  it("asks someone who tried too often to wait, in minutes", async () => {
    const { api } = apiAnswering({ signIn: { __typename: "SignInRefused", reason: "TOO_MANY_ATTEMPTS", retryAfterSeconds: 840 } });
    const result = await signIn({ username: "sam", passphrase: "wrong" }, {}, api);
    expect(result).toMatchObject({ ok: false, status: 429, errors: [{ field: "username", message: "You have tried too many times. Please wait 14 minutes, then try again." }] });
  });

  it("reports a refusal against the username, keeping it to show again", async () => {
    const { api } = apiAnswering({ signIn: { __typename: "SignInRefused", reason: "WRONG_USERNAME_OR_PASSPHRASE" } });
    const result = await signIn({ username: "sam", passphrase: "wrong" }, {}, api);
    expect(result).toEqual({
      ok: false,
      status: 401,
      username: "sam",
      errors: [{ field: "username", message: "The username or passphrase is not right. Check them and try again." }],
    });
  });
});
