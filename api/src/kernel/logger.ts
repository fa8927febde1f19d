import { pino, type DestinationStream, type Logger } from "pino";

export type { Logger };

/**
 * A failed query's error carries the values it was sent (usernames, names, dates of birth): log the SQL and the
 * PostgreSQL error code, never the values.
 */
function withoutQueryValues(error: unknown): Record<string, unknown> {
  const serialised = pino.stdSerializers.err(error as Error) as unknown as Record<string, unknown>;
  // PostgreSQL's detail and where repeat row values ("Key (username)=(…)"), so they go too.
  const { parameters: _parameters, driverError, detail: _detail, where: _where, ...rest } = serialised;
  const code = (driverError as { code?: string } | undefined)?.code;
  return code ? { ...rest, code } : rest;
}

/**
 * JSON lines on standard output. Bodies, variables and headers are never logged: every one of them may hold a
 * child's details or a secret. The redactions are a second net for a header that slips into a log call.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: "my-review-api" },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: ["headers.authorization", "headers.cookie", "*.passphrase", "*.token"], censor: "[redacted]" },
    serializers: { err: withoutQueryValues },
  };
  return destination ? pino(options, destination) : pino(options);
}
