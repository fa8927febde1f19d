import { useTestApi } from "../testing/test-api";
import { useTestDatabase } from "../testing/test-database";

const database = useTestDatabase();
const api = useTestApi(database, { isProduction: true });

describe("the API's logs", () => {
  it("carry the request id on every request line, and nothing the person sent", async () => {
    await database.make.youngPersonWithAccount({ firstName: "Remi", username: "remi.logs", passphrase: "hidden purple fox 6" });
    const signIn = await api.graphql(
      `mutation ($input: SignInInput!) { signIn(input: $input) { ... on SignedIn { token } } }`,
      { variables: { input: { username: "remi.logs", passphrase: "hidden purple fox 6" } } },
    );
    const token = (signIn.body.data?.signIn as { token: string }).token;
    await api.graphql("{ me { firstName } }", { token });

    const requestLines = api.logLines.filter((line) => line.msg === "request finished");
    expect(requestLines.length).toBeGreaterThanOrEqual(2);
    for (const line of requestLines) expect(line.requestId).toEqual(expect.any(String));
    const everything = JSON.stringify(api.logLines);
    for (const secret of ["remi.logs", "hidden purple fox", token, "Remi"]) expect(everything).not.toContain(secret);
  });

  it("reuse a plain request id the caller sent, and ignore one that could forge log lines", async () => {
    const plain = await fetch(`${api.url}/healthz`, { headers: { "x-request-id": "portal-1234abcd" } });
    const forged = await fetch(`${api.url}/healthz`, { headers: { "x-request-id": 'x", "level": 60, "msg": "forged' } });
    expect(plain.headers.get("x-request-id")).toBe("portal-1234abcd");
    expect(forged.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});
