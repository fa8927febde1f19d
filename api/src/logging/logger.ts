import { pino, type DestinationStream, type Logger } from "pino";

export type { Logger };

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
  };
  return destination ? pino(options, destination) : pino(options);
}
