import { createDataSource } from "../database/data-source";
import { useTestApi } from "../testing/test-api";

// A database that is never reached: any query fails in a way no resolver expects.
const nowhere = createDataSource({ url: "postgres://nobody@127.0.0.1:9/nothing" });
const unreachable = { apiDb: nowhere, authDb: nowhere };
const production = useTestApi(unreachable, { isProduction: true });
const development = useTestApi(unreachable, { isProduction: false });
const aToken = `Bearer ${"A".repeat(43)}`;

describe("an error nobody expected", () => {
  it("reaches a production client as a plain message with a code, and nothing of its cause", async () => {
    const { status, body } = await production.graphql("{ me { firstName } }", { authorization: aToken });
    expect(status).toBe(500);
    expect(body).toEqual({
      errors: [{ message: "Something went wrong on our side. Please try again.", extensions: { code: "INTERNAL_SERVER_ERROR" } }],
    });
  });

  it("is logged with the request id, so it can be traced", async () => {
    const response = await fetch(`${production.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: aToken, "x-request-id": "trace-me-12345" },
      body: JSON.stringify({ query: "{ me { firstName } }" }),
    });
    expect(response.status).toBe(500);
    const logged = production.logLines.filter((line) => line.requestId === "trace-me-12345");
    expect(logged.map((line) => line.level)).toContain(50);
  });

  it("shows its detail to a developer", async () => {
    const { body } = await development.graphql("{ me { firstName } }", { authorization: aToken });
    expect(body.errors?.[0]?.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
    expect(body.errors?.[0]?.message).not.toBe("Something went wrong on our side. Please try again.");
  });
});
