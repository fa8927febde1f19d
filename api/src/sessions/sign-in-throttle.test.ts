import { useApiPools } from "../testing/api-pools";
import { useTestApi } from "../testing/test-api";
import { useTestDatabase } from "../testing/test-database";

const SIGN_IN = `
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      __typename
      ... on SignInRefused { reason retryAfterSeconds }
    }
  }`;

const database = useTestDatabase();

// Pools as large as the API's own (main.ts), so that as many sign-ins are checked at once as in production.
const api = useTestApi(useApiPools(() => database.url, { apiDb: 10, authDb: 5 }));

let addressCounter = 0;
const freshAddress = () => `10.1.0.${++addressCounter}`;

type Answer = { __typename: string; reason?: string; retryAfterSeconds?: number | null };

async function signIn(username: string, passphrase: string, clientAddress: string): Promise<Answer> {
  const { body } = await api.graphql(SIGN_IN, { variables: { input: { username, passphrase } }, clientAddress });
  return body.data?.signIn as Answer;
}

/** When the username's lockout ends, as the database has it: the moment its oldest counted failure leaves the window. */
async function lockoutCounted(username: string): Promise<string[]> {
  const rows: { attempted_at: Date }[] = await database.db.query(
    "SELECT attempted_at FROM failed_attempt WHERE kind = 'username' AND key = $1 ORDER BY attempted_at",
    [username],
  );
  return rows.map((row) => row.attempted_at.toISOString());
}

describe("sign-in throttling", () => {
  it.each([8, 20])("lets %i correct sign-ins sent at the same moment all in, and locks nobody out", async (crowd) => {
    const username = `same.moment.${crowd}`;
    await database.make.youngPersonWithAccount({ username, passphrase: "many tabs at once" });
    const clientAddress = freshAddress();

    const answers = await Promise.all(Array.from({ length: crowd }, () => signIn(username, "many tabs at once", clientAddress)));

    expect(answers.map((answer) => answer.__typename)).toEqual(Array(crowd).fill("SignedIn"));
    expect(await signIn(username, "many tabs at once", clientAddress)).toEqual({ __typename: "SignedIn" });
    expect(await lockoutCounted(username)).toEqual([]);
  });

  it("does not move the end of a lockout for attempts refused during it", async () => {
    await database.make.youngPersonWithAccount({ username: "locked.out", passphrase: "the right one" });
    const clientAddress = freshAddress();
    for (let attempt = 0; attempt < 5; attempt += 1) await signIn("locked.out", `wrong ${attempt}`, clientAddress);
    const counted = await lockoutCounted("locked.out");

    const refused = [
      await signIn("locked.out", "wrong again", clientAddress),
      await signIn("locked.out", "the right one", clientAddress),
      ...(await Promise.all(Array.from({ length: 5 }, (_, attempt) => signIn("locked.out", `wrong later ${attempt}`, clientAddress)))),
    ];

    expect(refused.map((answer) => answer.reason)).toEqual(Array(7).fill("TOO_MANY_ATTEMPTS"));
    expect(await lockoutCounted("locked.out")).toEqual(counted);
  });

  it("still locks a username after five wrong passphrases, sent one by one or all at once", async () => {
    await database.make.youngPersonWithAccount({ username: "one.by.one", passphrase: "the right one" });
    await database.make.youngPersonWithAccount({ username: "all.together", passphrase: "the right one" });

    const oneByOne: Answer[] = [];
    for (let attempt = 0; attempt < 6; attempt += 1) oneByOne.push(await signIn("one.by.one", `wrong ${attempt}`, freshAddress()));
    const together = await Promise.all(Array.from({ length: 12 }, (_, attempt) => signIn("all.together", `wrong ${attempt}`, freshAddress())));

    expect(oneByOne.map((answer) => answer.reason)).toEqual([...Array(4).fill("WRONG_USERNAME_OR_PASSPHRASE"), "TOO_MANY_ATTEMPTS", "TOO_MANY_ATTEMPTS"]);
    expect(oneByOne[5]?.retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect(together.filter((answer) => answer.reason === "WRONG_USERNAME_OR_PASSPHRASE").length).toBeLessThanOrEqual(4);
    expect(await lockoutCounted("all.together")).toHaveLength(5);
    expect(await signIn("all.together", "the right one", freshAddress())).toMatchObject({ reason: "TOO_MANY_ATTEMPTS" });
  });
});
