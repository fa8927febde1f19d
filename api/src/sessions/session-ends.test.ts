import { hashSecretToken } from "../kernel/access/secret-token";
import { useTestApi } from "../testing/test-api";
import { useTestDatabase } from "../testing/test-database";
import { Session } from "./session.entity";

const database = useTestDatabase();
const api = useTestApi(database);

const THIRTY_MINUTES = 30 * 60 * 1000;
const ENDS = "{ sessionEnds { idleEndsAt expiresAt } }";
const STAY = "mutation { staySignedIn { idleEndsAt expiresAt } }";

async function signedIn(username: string) {
  await database.make.youngPersonWithAccount({ username, passphrase: "bright paper boat 4" });
  const token = await api.tokenFor(username, "bright paper boat 4");
  const where = { tokenHash: hashSecretToken(token) };
  // Last used 30 seconds ago: recent enough that reading does not count as a new use (that happens once a minute).
  const lastSeenAt = new Date(Date.now() - 30_000);
  await database.db.getRepository(Session).update(where, { lastSeenAt });
  const session = await database.db.getRepository(Session).findOneByOrFail(where);
  return { token, lastSeenAt, expiresAt: session.expiresAt };
}

type Ends = { idleEndsAt: string; expiresAt: string };

describe("when a session ends", () => {
  it("is told to the signed-in person: after the idle time since it was last used, and at its fixed end", async () => {
    const { token, lastSeenAt, expiresAt } = await signedIn("quinn");

    const { body } = await api.graphql(ENDS, { token });

    expect(body.data?.sessionEnds).toEqual({
      idleEndsAt: new Date(lastSeenAt.getTime() + THIRTY_MINUTES).toISOString(),
      expiresAt: expiresAt.toISOString(),
    });
  });

  it("moves later when they ask to stay signed in, while the fixed end stays", async () => {
    const { token, lastSeenAt, expiresAt } = await signedIn("rowan");

    const before = Date.now();
    const { body } = await api.graphql(STAY, { token });
    const stayed = body.data?.staySignedIn as Ends;
    const read = (await api.graphql(ENDS, { token })).body.data?.sessionEnds as Ends;

    expect(new Date(stayed.idleEndsAt).getTime()).toBeGreaterThanOrEqual(before + THIRTY_MINUTES);
    expect(new Date(stayed.idleEndsAt).getTime()).toBeGreaterThan(lastSeenAt.getTime() + THIRTY_MINUTES);
    expect(stayed.expiresAt).toBe(expiresAt.toISOString());
    expect(read).toEqual(stayed);
  });

  it("cannot be asked about or put off once the session has been signed out", async () => {
    const { token } = await signedIn("sasha");
    await api.graphql("mutation { signOut }", { token });

    for (const operation of [ENDS, STAY]) {
      const { status, body } = await api.graphql(operation, { token });
      expect(status).toBe(401);
      expect(body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    }
  });
});
