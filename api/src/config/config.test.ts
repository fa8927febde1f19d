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
      statementTimeoutMs: 5000,
      logLevel: "info",
      sessionTtlMs: 12 * 60 * 60 * 1000,
      sessionIdleMs: 30 * 60 * 1000,
      trustProxy: "loopback",
    });
  });

  it("reads the statement timeout in milliseconds", () => {
    expect(loadConfig({ ...valid, DATABASE_STATEMENT_TIMEOUT_MS: "250" }).statementTimeoutMs).toBe(250);
  });

  it.each([
    [{}, "Configuration error: DATABASE_URL is required"],
    [{ DATABASE_URL: "mysql://localhost/db" }, "Configuration error: DATABASE_URL must be a postgres:// URL"],
    [{ ...valid, API_PORT: "eighty" }, "Configuration error: API_PORT"],
    [{ ...valid, NODE_ENV: "staging" }, "Configuration error: NODE_ENV"],
    [{ ...valid, DATABASE_STATEMENT_TIMEOUT_MS: "0" }, "Configuration error: DATABASE_STATEMENT_TIMEOUT_MS"],
    [{ ...valid, DATABASE_STATEMENT_TIMEOUT_MS: "5s" }, "Configuration error: DATABASE_STATEMENT_TIMEOUT_MS"],
  ])("stops with one line naming the bad variable (%j)", (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
