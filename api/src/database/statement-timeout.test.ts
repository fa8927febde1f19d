import type { DataSource } from "typeorm";
import { useTestApi } from "../testing/test-api";
import { useTestDatabase } from "../testing/test-database";
import { API_DATABASE_ROLE, createDataSource } from "./data-source";

const QUERY_CANCELED = "57014";
const database = useTestDatabase();

/** A pool of its own on the test database, as the API's role, with the given timeout, for the calling describe block. */
function useDataSourceWithTimeout(statementTimeoutMs: number): { readonly db: DataSource; readonly apiDb: DataSource; readonly authDb: DataSource } {
  let db: DataSource | undefined;
  beforeAll(async () => {
    db = createDataSource({ url: database.url, poolSize: 2, statementTimeoutMs, role: API_DATABASE_ROLE });
    await db.initialize();
  });
  afterAll(async () => {
    await db?.destroy();
  });
  const ready = () => {
    if (!db) throw new Error("The data source is ready only inside tests and hooks.");
    return db;
  };
  return {
    get db() {
      return ready();
    },
    get apiDb() {
      return ready();
    },
    get authDb() {
      return ready();
    },
  };
}

describe("the statement timeout on every pooled connection", () => {
  const impatient = useDataSourceWithTimeout(100);

  it("cancels a query that runs longer, with PostgreSQL's query_canceled code", async () => {
    await expect(impatient.db.query("SELECT pg_sleep(5)")).rejects.toMatchObject({ code: QUERY_CANCELED });
  });

  it("leaves the connection usable for the next query", async () => {
    await expect(impatient.db.query("SELECT pg_sleep(5)")).rejects.toMatchObject({ code: QUERY_CANCELED });
    await expect(impatient.db.query("SELECT 1 AS one")).resolves.toEqual([{ one: 1 }]);
  });
});

describe("a query cancelled by the timeout while the API answers", () => {
  const api = useTestApi(useDataSourceWithTimeout(1000), { isProduction: true });
  const HOME = "query Home { me { firstName youngPerson { nextReview { scheduledFor } } } }";

  /** Holds a lock on the review table, as a long migration or a stuck transaction would, while `work` runs. */
  async function whileReviewsAreLocked<T>(work: () => Promise<T>): Promise<T> {
    const runner = database.db.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      await runner.query("LOCK TABLE review IN ACCESS EXCLUSIVE MODE");
      return await work();
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  }

  it("reaches the client as INTERNAL_SERVER_ERROR with nothing of its cause, and is logged", async () => {
    await database.make.youngPersonWithAccount({ firstName: "Sky", username: "sky", passphrase: "slow snail trail 2" });
    const signIn = await api.graphql("mutation ($input: SignInInput!) { signIn(input: $input) { ... on SignedIn { token } } }", {
      variables: { input: { username: "sky", passphrase: "slow snail trail 2" } },
    });
    const token = (signIn.body.data?.signIn as { token: string }).token;

    const { status, body } = await whileReviewsAreLocked(() => api.graphql(HOME, { token }));

    // The cancelled statement aborts the request's transaction, so nothing of the answer is sent.
    expect(status).toBe(500);
    expect(body.data).toBeUndefined();
    expect(body.errors).toEqual([
      { message: "Something went wrong on our side. Please try again.", extensions: { code: "INTERNAL_SERVER_ERROR" } },
    ]);
    expect(JSON.stringify(body)).not.toMatch(/timeout|cancel|57014/i);
    const logged = api.logLines.find((line) => line.msg === "unexpected GraphQL error");
    expect(logged).toMatchObject({ level: 50, err: { code: QUERY_CANCELED }, path: ["me", "youngPerson", "nextReview"] });
    expect(logged?.requestId).toEqual(expect.any(String));
  });
});
