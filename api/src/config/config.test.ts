import { createHash } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ConfigError, loadConfig } from "./config";

const valid = { DATABASE_URL: "postgres://user@localhost:5432/my_review" };

describe("the API's configuration", () => {
  it("fills in the defaults around a database URL", () => {
    const { tokenKey, trustedDocuments, ...rest } = loadConfig(valid);
    expect(tokenKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(trustedDocuments.size).toBeGreaterThan(0);
    expect(rest).toEqual({
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

  it("takes the key for tokens it can show again as given, and requires it in production", () => {
    const key = "k".repeat(32);
    expect(loadConfig({ ...valid, NODE_ENV: "production", TOKEN_KEY: key }).tokenKey).toBe(key);
    expect(loadConfig({ ...valid, TOKEN_KEY: key }).tokenKey).toBe(key);
  });

  it("reads the statement timeout in milliseconds", () => {
    expect(loadConfig({ ...valid, DATABASE_STATEMENT_TIMEOUT_MS: "250" }).statementTimeoutMs).toBe(250);
  });

  describe("the trusted documents (schema/trusted-documents.json unless TRUSTED_DOCUMENTS_FILE says)", () => {
    const folder = mkdtempSync(path.join(tmpdir(), "trusted-documents-"));
    const fileWith = (name: string, content: string) => {
      const file = path.join(folder, name);
      writeFileSync(file, content);
      return file;
    };
    const text = "query ViewerRole { me { role } }";
    const hash = createHash("sha256").update(text).digest("hex");

    it("reads the manifest of hashes to documents", () => {
      const TRUSTED_DOCUMENTS_FILE = fileWith("good.json", JSON.stringify({ [hash]: text }));
      expect(loadConfig({ ...valid, NODE_ENV: "production", TOKEN_KEY: "k".repeat(32), TRUSTED_DOCUMENTS_FILE }).trustedDocuments).toEqual(new Map([[hash, text]]));
    });

    it.each([
      ["missing", null, "cannot be read: run `npm run codegen`"],
      ["not JSON", "{", "is not JSON"],
      ["not a map of hashes", JSON.stringify({ ViewerRole: text }), "is not a manifest of hashes to documents: ViewerRole is not a SHA-256 hex digest"],
      ["a hash of another text", JSON.stringify({ [hash]: `${text} ` }), `has a document whose hash is not its text's, ${hash}`],
    ])("stops the API at start when it is %s, saying so in one line", (name, content, problem) => {
      const TRUSTED_DOCUMENTS_FILE = content === null ? path.join(folder, "absent.json") : fileWith(`${name}.json`, content);
      const production = { ...valid, NODE_ENV: "production", TOKEN_KEY: "k".repeat(32), TRUSTED_DOCUMENTS_FILE };
      expect(() => loadConfig(production)).toThrow(ConfigError);
      expect(() => loadConfig(production)).toThrow(`Configuration error: TRUSTED_DOCUMENTS_FILE ${TRUSTED_DOCUMENTS_FILE} ${problem}`);
    });
  });

  it.each([
    [{}, "Configuration error: DATABASE_URL is required"],
    [{ DATABASE_URL: "mysql://localhost/db" }, "Configuration error: DATABASE_URL must be a postgres:// URL"],
    [{ ...valid, API_PORT: "eighty" }, "Configuration error: API_PORT"],
    [{ ...valid, NODE_ENV: "staging" }, "Configuration error: NODE_ENV"],
    [{ ...valid, DATABASE_STATEMENT_TIMEOUT_MS: "0" }, "Configuration error: DATABASE_STATEMENT_TIMEOUT_MS"],
    [{ ...valid, DATABASE_STATEMENT_TIMEOUT_MS: "5s" }, "Configuration error: DATABASE_STATEMENT_TIMEOUT_MS"],
    [{ ...valid, NODE_ENV: "production" }, "Configuration error: TOKEN_KEY is required in production"],
    [{ ...valid, TOKEN_KEY: "short" }, "Configuration error: TOKEN_KEY must be at least 32 characters"],
  ])("stops with one line naming the bad variable (%j)", (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
