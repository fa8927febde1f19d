import { useTestApi } from "../testing/test-api";
import { useCountedDatabase } from "../testing/test-statement-counter";
import { useTestDatabase } from "../testing/test-database";

const database = useTestDatabase();
const counted = useCountedDatabase(database);
const api = useTestApi(counted);
const PASSPHRASE = "seven slow otters";

describe("the start of a request", () => {
  it("reads the signed-in person with their session, so that their name costs no statement of its own", async () => {
    await database.make.youngPersonWithAccount({ firstName: "Robin", username: "start.robin", passphrase: PASSPHRASE });
    const token = await api.tokenFor("start.robin", PASSPHRASE);

    const { result, statements } = await counted.statementsFor(() => api.graphql("{ me { firstName } }", { token }));

    expect(result.body).toEqual({ data: { me: { firstName: "Robin" } } });
    // The opening round trip (session, claims, person) and the COMMIT.
    expect(statements).toBe(2);
  });
});
