import { ConfigError, loadConfig } from "./config";

const valid = { DATABASE_URL: "postgres://user@localhost:5432/my_review" };

describe("the API's configuration", () => {
  it("fills in the defaults around a database URL", () => {
    expect(loadConfig(valid)).toEqual({
      environment: "development",
      isProduction: false,
      host: "127.0.0.1",
      port: 4000,
      databaseUrl: valid.DATABASE_URL,
      logLevel: "info",
      sessionTtlMs: 12 * 60 * 60 * 1000,
      sessionIdleMs: 30 * 60 * 1000,
      trustProxy: "loopback",
      loadDemoDataOnEmpty: false,
    });
  });

  it.each([
    [{}, "Configuration error: DATABASE_URL is required"],
    [{ DATABASE_URL: "mysql://localhost/db" }, "Configuration error: DATABASE_URL must be a postgres:// URL"],
    [{ ...valid, API_PORT: "eighty" }, "Configuration error: API_PORT"],
    [{ ...valid, NODE_ENV: "staging" }, "Configuration error: NODE_ENV"],
    [{ ...valid, DEMO_DATA: "yes" }, "Configuration error: DEMO_DATA"],
  ])("stops with one line naming the bad variable (%j)", (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
