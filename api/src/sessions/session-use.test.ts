import { hashSecretToken } from "../kernel/access/secret-token";
import { useTestApi } from "../testing/test-api";
import { useTestDatabase } from "../testing/test-database";

const database = useTestDatabase();
const api = useTestApi(database);

const ME = "{ me { firstName } }";
const PASSPHRASE = "calm blue kite 7";

async function signedIn(username: string) {
  await database.make.youngPersonWithAccount({ username, passphrase: PASSPHRASE });
  const token = await api.tokenFor(username, PASSPHRASE);
  /** Moves the session's times back, as if that much time had passed since each was written. */
  const timePasses = (minutes: number) =>
    database.db.query(
      `UPDATE session SET last_seen_at = last_seen_at - make_interval(mins => $2), expires_at = expires_at - make_interval(mins => $2)
        WHERE token_hash = $1`,
      [hashSecretToken(token), minutes],
    );
  return { token, timePasses };
}

const codeOf = (body: { errors?: { extensions?: Record<string, unknown> }[] }) => body.errors?.[0]?.extensions?.code;

describe("a session in use", () => {
  it("stays open while it is used more often than the idle time, though its use is written at most once a minute", async () => {
    const { token, timePasses } = await signedIn("use.steady");
    for (let step = 0; step < 3; step++) {
      // 15 minutes unused each time: 45 in all, more than the idle time, yet never 30 at once.
      await timePasses(15);
      const { body } = await api.graphql(ME, { token });
      expect(body.errors).toBeUndefined();
    }
  });

  it("ends after the idle time, however recently it was used before that", async () => {
    const { token, timePasses } = await signedIn("use.idle");
    expect((await api.graphql(ME, { token })).body.errors).toBeUndefined();
    await timePasses(31);
    const { status, body } = await api.graphql(ME, { token });
    expect([status, codeOf(body)]).toEqual([401, "UNAUTHENTICATED"]);
  });

  it("ends at once when signed out, even within the minute its use was last written", async () => {
    const { token } = await signedIn("use.revoked");
    expect((await api.graphql(ME, { token })).body.errors).toBeUndefined();
    await api.graphql("mutation { signOut }", { token });
    const { status, body } = await api.graphql(ME, { token });
    expect([status, codeOf(body)]).toEqual([401, "UNAUTHENTICATED"]);
  });

  it("ends at its fixed end, however much it is used", async () => {
    const { token, timePasses } = await signedIn("use.expired");
    // The test API's sessions last an hour: five steps of 13 minutes, each within the idle time, run past it.
    for (let step = 0; step < 4; step++) {
      await timePasses(13);
      expect((await api.graphql(ME, { token })).body.errors).toBeUndefined();
    }
    await timePasses(13);
    const { status, body } = await api.graphql(ME, { token });
    expect([status, codeOf(body)]).toEqual([401, "UNAUTHENTICATED"]);
  });
});
