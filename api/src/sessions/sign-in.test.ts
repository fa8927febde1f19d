import { ReviewStatus } from "../reviews/review-status";
import { Session } from "./session.entity";
import { hashSecretToken } from "../kernel/access/secret-token";
import { useTestApi } from "../testing/test-api";
import { useTestDatabase } from "../testing/test-database";

const SIGN_IN = `
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      __typename
      ... on SignedIn { token expiresAt accountId }
      ... on SignInRefused { reason message }
    }
  }`;
const ME = `{ me { firstName role youngPerson { firstName nextReview { scheduledFor } } } }`;

const database = useTestDatabase();
const api = useTestApi(database);

async function signIn(username: string, passphrase: string) {
  const response = await api.graphql(SIGN_IN, { variables: { input: { username, passphrase } } });
  return response.body.data?.signIn as Record<string, unknown>;
}

describe("signing in", () => {
  it("lets a young person in with their passphrase and shows their name and next review", async () => {
    const { youngPerson } = await database.make.youngPersonWithAccount({ firstName: "Jordan", username: "jordan", passphrase: "blue whale song 7" });
    const now = Date.now();
    await database.make.review({ youngPersonId: youngPerson.id, scheduledFor: new Date(now - 30 * 86_400_000), status: ReviewStatus.HELD });
    await database.make.review({ youngPersonId: youngPerson.id, scheduledFor: new Date(now + 10 * 86_400_000), status: ReviewStatus.CANCELLED });
    const next = await database.make.review({ youngPersonId: youngPerson.id, scheduledFor: new Date(now + 20 * 86_400_000) });

    const token = await api.tokenFor("jordan", "blue whale song 7");
    const { body, status } = await api.graphql(ME, { token });

    expect(status).toBe(200);
    expect(body.data?.me).toEqual({
      firstName: "Jordan",
      role: "YOUNG_PERSON",
      youngPerson: { firstName: "Jordan", nextReview: { scheduledFor: next.scheduledFor.toISOString() } },
    });
  });

  it("matches the username whatever its case and surrounding spaces", async () => {
    await database.make.youngPersonWithAccount({ username: "casey", passphrase: "tall green tree 9" });
    expect(await signIn("  CaSeY ", "tall green tree 9")).toMatchObject({ __typename: "SignedIn" });
  });

  it("names the account signed in to, as `me` does", async () => {
    await database.make.youngPersonWithAccount({ username: "quinn", passphrase: "wide blue lake 4" });
    const signedIn = await signIn("quinn", "wide blue lake 4");
    const { body } = await api.graphql("{ me { id } }", { token: signedIn.token as string });
    expect(signedIn.accountId).toEqual((body.data?.me as { id: string }).id);
  });

  it("gives a wrong passphrase and an unknown username the same answer", async () => {
    await database.make.youngPersonWithAccount({ username: "riley", passphrase: "quiet snowy hill 3" });
    const wrongPassphrase = await signIn("riley", "quiet snowy hill 4");
    const unknownUser = await signIn("nobody-here", "quiet snowy hill 3");

    expect(wrongPassphrase).toEqual({
      __typename: "SignInRefused",
      reason: "WRONG_USERNAME_OR_PASSPHRASE",
      message: "The username or passphrase is not right.",
    });
    expect(unknownUser).toEqual(wrongPassphrase);
  });

  it("keeps only a hash of the session token, and the passphrase only as argon2id", async () => {
    const { account } = await database.make.youngPersonWithAccount({ username: "morgan", passphrase: "red kite flying 5" });
    const token = await api.tokenFor("morgan", "red kite flying 5");
    const sessions = await database.db.getRepository(Session).findBy({ accountId: account.id });

    expect(sessions).toHaveLength(1);
    expect(sessions[0]?.tokenHash.equals(hashSecretToken(token))).toBe(true);
    expect(sessions[0]?.tokenHash.toString("utf8")).not.toContain(token);
    expect(account.passphraseHash).toMatch(/^\$argon2id\$/);
    expect(account.passphraseHash).not.toContain("red kite");
  });

  it("asks for what is missing, naming each field, without echoing the passphrase", async () => {
    const { body } = await api.graphql(SIGN_IN, { variables: { input: { username: "  ", passphrase: "" } } });
    const error = body.errors?.[0];

    expect(error?.extensions).toEqual({
      code: "BAD_USER_INPUT",
      fields: [
        { field: "username", code: "REQUIRED", message: "Enter your username." },
        { field: "passphrase", code: "REQUIRED", message: "Enter your passphrase." },
      ],
    });
  });

  it("answers me with null for someone who is not signed in", async () => {
    const { status, body } = await api.graphql("{ me { firstName } }");
    expect(status).toBe(200);
    expect(body.data).toEqual({ me: null });
  });

  it("does not give an IRO a young person's record through me", async () => {
    await database.make.iroWithAccount({ firstName: "Priya", username: "priya", passphrase: "calm harbour lantern 7" });
    const token = await api.tokenFor("priya", "calm harbour lantern 7");
    const { body } = await api.graphql(ME, { token });
    expect(body.data?.me).toEqual({ firstName: "Priya", role: "IRO", youngPerson: null });
  });
});

describe("signing out and ended sessions", () => {
  it("ends the session, so the same token is refused afterwards", async () => {
    await database.make.youngPersonWithAccount({ username: "alex", passphrase: "orange moon river 1" });
    const token = await api.tokenFor("alex", "orange moon river 1");

    const signOut = await api.graphql("mutation { signOut }", { token });
    const after = await api.graphql("{ me { firstName } }", { token });

    expect(signOut.body.data).toEqual({ signOut: true });
    expect(after.status).toBe(401);
    expect(after.body.errors?.[0]).toMatchObject({
      message: "Your session has ended. Please sign in again.",
      extensions: { code: "UNAUTHENTICATED" },
    });
  });

  it("leaves the person's other sessions alone", async () => {
    await database.make.youngPersonWithAccount({ username: "sky", passphrase: "silver fox den 8" });
    const phone = await api.tokenFor("sky", "silver fox den 8");
    const laptop = await api.tokenFor("sky", "silver fox den 8");

    await api.graphql("mutation { signOut }", { token: phone });

    expect((await api.graphql("{ me { role } }", { token: laptop })).body.data).toEqual({ me: { role: "YOUNG_PERSON" } });
  });

  it("refuses an expired token", async () => {
    await database.make.youngPersonWithAccount({ username: "drew", passphrase: "golden sand castle 2" });
    const token = await api.tokenFor("drew", "golden sand castle 2");
    await database.db.getRepository(Session).update({ tokenHash: hashSecretToken(token) }, { expiresAt: new Date(Date.now() - 1000) });

    const { status, body } = await api.graphql("{ me { role } }", { token });

    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it.each([
    ["a scheme other than Bearer", "Basic dXNlcjpwYXNz"],
    ["a token of the wrong shape", "Bearer not-a-token"],
    ["a token that was never issued", `Bearer ${"A".repeat(43)}`],
    ["two tokens", `Bearer ${"A".repeat(43)} ${"B".repeat(43)}`],
  ])("refuses %s with 401 UNAUTHENTICATED", async (_case, authorization) => {
    const { status, body } = await api.graphql("{ me { role } }", { authorization });
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("refuses to sign out someone who is not signed in", async () => {
    const { body } = await api.graphql("mutation { signOut }");
    expect(body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});
