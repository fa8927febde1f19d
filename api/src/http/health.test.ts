import { useTestApi } from "../testing/test-api";
import { useTestDatabase } from "../testing/test-database";

async function get(url: string) {
  const response = await fetch(url);
  return { status: response.status, body: await response.json() };
}

describe("health checks with every migration applied", () => {
  const api = useTestApi(useTestDatabase());

  it("says the process is up", async () => {
    expect(await get(`${api.url}/healthz`)).toEqual({ status: 200, body: { status: "ok" } });
  });

  it("says the API is ready", async () => {
    expect(await get(`${api.url}/readyz`)).toEqual({ status: 200, body: { status: "ready" } });
  });
});

describe("health checks on a database whose migrations have not run", () => {
  const api = useTestApi(useTestDatabase({ migrated: false }));

  it("still says the process is up", async () => {
    expect((await get(`${api.url}/healthz`)).status).toBe(200);
  });

  it("says the API is not ready, and why", async () => {
    expect(await get(`${api.url}/readyz`)).toEqual({ status: 503, body: { status: "not ready", reason: "migrations pending" } });
  });
});
