import { randomBytes } from "node:crypto";
import path from "node:path";
import { z } from "zod";
import { repositoryRoot } from "./repository-root";
import { readTrustedDocumentSources, type TrustedDocumentSources } from "./trusted-documents";

const postgresUrl = z
  .string({ error: "is required" })
  .refine((value) => /^postgres(ql)?:\/\/.+/.test(value), "must be a postgres:// URL");

/**
 * The API's queries are lookups by key that take milliseconds: five seconds is far past any of them, yet short enough
 * that a runaway query gives its connection back before the pool runs dry.
 */
export const DEFAULT_STATEMENT_TIMEOUT_MS = 5000;
// PostgreSQL keeps statement_timeout in a 32-bit integer and refuses a connection that asks for more.
const LARGEST_STATEMENT_TIMEOUT_MS = 2_147_483_647;

const configSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  API_HOST: z.string().min(1).default("127.0.0.1"),
  API_PORT: z.coerce.number().int().min(1).max(65535).default(4000),
  DATABASE_URL: postgresUrl,
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(1).max(LARGEST_STATEMENT_TIMEOUT_MS).default(DEFAULT_STATEMENT_TIMEOUT_MS),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  TRUST_PROXY: z.string().min(1).default("loopback"),
  TOKEN_KEY: z.string().min(32, { error: "must be at least 32 characters" }).optional(),
  TRUSTED_DOCUMENTS_FILE: z.string().min(1).optional(),
});

export type Config = Readonly<{
  environment: "development" | "production" | "test";
  isProduction: boolean;
  host: string;
  port: number;
  databaseUrl: string;
  statementTimeoutMs: number;
  logLevel: z.infer<typeof configSchema>["LOG_LEVEL"];
  sessionTtlMs: number;
  sessionIdleMs: number;
  /** Which proxies may tell us the client's address (Express's "trust proxy"): the portal, on this machine. */
  trustProxy: string;
  /**
   * The key for tokens the API makes again rather than stores (ADR 014). Required in production; elsewhere one is made
   * at start when none is given, and what it made cannot be shown again after a restart.
   */
  tokenKey: string;
  /** The portal's operations, which it sends by hash alone (ADR 017); read from TRUSTED_DOCUMENTS_FILE at start. */
  trustedDocuments: TrustedDocumentSources;
}>;

export class ConfigError extends Error {
  readonly code = "CONFIG_INVALID";
}

/** Written by `npm run codegen` beside the schema, so that the API reads it without importing the portal. */
export const defaultTrustedDocumentsFile = () => path.join(repositoryRoot(), "schema", "trusted-documents.json");

function trustedDocumentsIn(file: string): TrustedDocumentSources {
  try {
    return readTrustedDocumentSources(file);
  } catch (error) {
    throw new ConfigError(`Configuration error: TRUSTED_DOCUMENTS_FILE ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Reads and checks the API's settings; the first bad one is named in a single line. */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = issue?.path.join(".") ?? "environment";
    throw new ConfigError(`Configuration error: ${variable} ${issue?.message ?? "is invalid"}`);
  }
  const values = parsed.data;
  if (values.NODE_ENV === "production" && !values.TOKEN_KEY) throw new ConfigError("Configuration error: TOKEN_KEY is required in production");
  return {
    environment: values.NODE_ENV,
    isProduction: values.NODE_ENV === "production",
    host: values.API_HOST,
    port: values.API_PORT,
    databaseUrl: values.DATABASE_URL,
    statementTimeoutMs: values.DATABASE_STATEMENT_TIMEOUT_MS,
    logLevel: values.LOG_LEVEL,
    sessionTtlMs: values.SESSION_TTL_HOURS * 60 * 60 * 1000,
    sessionIdleMs: values.SESSION_IDLE_MINUTES * 60 * 1000,
    trustProxy: values.TRUST_PROXY,
    tokenKey: values.TOKEN_KEY ?? randomBytes(32).toString("base64url"),
    trustedDocuments: trustedDocumentsIn(values.TRUSTED_DOCUMENTS_FILE ?? defaultTrustedDocumentsFile()),
  };
}
