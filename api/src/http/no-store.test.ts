import { Role } from "../kernel/access/role";
import { useTestApi } from "../testing/test-api";
import { useTestDatabase } from "../testing/test-database";

const database = useTestDatabase();
const api = useTestApi(database, { isProduction: true });

async function cacheControlOf(body: string, headers: Record<string, string> = {}): Promise<{ status: number; cacheControl: string | null }> {
  const response = await fetch(`${api.url}/graphql`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
  await response.arrayBuffer();
  return { status: response.status, cacheControl: response.headers.get("cache-control") };
}

describe("what the API lets caches keep", () => {
  it("tells every cache to keep no answer with data in it", async () => {
    await database.make.staffWithAccount(Role.IRO, { username: "ruth.iro", passphrase: "correct horse battery staple" });
    const token = await api.tokenFor("ruth.iro", "correct horse battery staple");

    expect(await cacheControlOf(JSON.stringify({ query: "{ me { firstName } }" }), { authorization: `Bearer ${token}` })).toEqual({ status: 200, cacheControl: "no-store" });
  });

  it("tells every cache to keep no refusal either", async () => {
    expect(await cacheControlOf(JSON.stringify({ query: "{ me { firstName }" }))).toEqual({ status: 400, cacheControl: "no-store" });
    expect(await cacheControlOf('{"query": ')).toEqual({ status: 400, cacheControl: "no-store" });
  });
});
