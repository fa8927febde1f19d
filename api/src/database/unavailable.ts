import { RequestConnectionLost } from "../kernel/request-transaction";

/**
 * Whether an error says PostgreSQL cannot be reached just now, rather than that a query was wrong: the server is down,
 * unreachable, shutting down or starting up, dropped the connection, or no pooled connection came in time. Such a
 * fault passes on its own, so the API answers 503 with Retry-After rather than 500 (ADR 019).
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  return causes(error).some((cause) => cause instanceof RequestConnectionLost || UNREACHABLE.has(String(cause.code)) || SERVER_AWAY.test(String(cause.code)) || DROPPED.test(String(cause.message)));
}

// Node's socket errors on connecting or while connected.
const UNREACHABLE = new Set(["ECONNREFUSED", "ECONNRESET", "ENOTFOUND", "EHOSTUNREACH", "ENETUNREACH", "ETIMEDOUT", "EPIPE", "EAI_AGAIN"]);
// SQLSTATE: connection exceptions (08…), the server shutting down or starting up (57P01-57P03), too many connections.
const SERVER_AWAY = /^(08\w{3}|57P0[123]|53300)$/;
// node-postgres and its pool say these in words only.
const DROPPED = /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error)/;

type Cause = { code?: unknown; message?: unknown };

/** The error and everything it wraps: TypeORM's driverError, a cause, GraphQL's originalError, an AggregateError's. */
function causes(error: unknown, seen = new Set<unknown>()): Cause[] {
  if (typeof error !== "object" || error === null || seen.has(error)) return [];
  seen.add(error);
  const wrapper = error as { driverError?: unknown; cause?: unknown; originalError?: unknown; errors?: unknown };
  const inner = [wrapper.driverError, wrapper.cause, wrapper.originalError, ...(Array.isArray(wrapper.errors) ? wrapper.errors : [])];
  return [error as Cause, ...inner.flatMap((each) => causes(each, seen))];
}
