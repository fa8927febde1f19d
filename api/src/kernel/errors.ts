import { GraphQLError } from "graphql";
import { codeEnum } from "./code-enum";
import type { FieldErrorCode } from "./field-error-codes";

/** Every code a client may see in `extensions.code`. They are part of the API: add codes, never rename one. */
const ERROR_CODES = {
  BAD_USER_INPUT: "Something sent is not right; `extensions.fields` says what, field by field, each with a FieldErrorCode.",
  UNAUTHENTICATED: "No session, or one that has ended: sign in again.",
  FORBIDDEN: "Signed in, but this role may not do that.",
  NOT_FOUND: "No such record, or one the caller may not see: the two are answered alike.",
  CHOICES_LOCKED: "The young person's choices are fixed while their IRO arranges the review.",
  BAD_REQUEST: "The request itself is malformed, such as a body that is not JSON.",
  GRAPHQL_PARSE_FAILED: "The query is not GraphQL, or is longer than the API accepts.",
  GRAPHQL_VALIDATION_FAILED: "The query asks for something the schema does not have, or more than the query limits allow.",
  OPERATION_RESOLUTION_FAILURE: "The request does not say which of its document's operations to run.",
  PERSISTED_QUERY_NOT_FOUND: "No trusted document has the hash the request sent (ADR 017).",
  PAYLOAD_TOO_LARGE: "The request is larger than the API accepts.",
  INTERNAL_SERVER_ERROR: "A fault on the API's side; the log has the detail under the request id.",
  SERVICE_UNAVAILABLE: "The API cannot reach its database just now (HTTP 503): try again after the `Retry-After` header's seconds.",
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;
export const ErrorCode = Object.fromEntries(Object.keys(ERROR_CODES).map((code) => [code, code])) as { readonly [C in ErrorCode]: C };

export const ErrorCodeEnum = codeEnum("ErrorCode", "What went wrong, as `extensions.code` of an error.", ERROR_CODES);

/** One field's problem: `code` is for clients to put in their own words, `message` is ours for any other client. */
export type FieldError = { field: string; code: FieldErrorCode; message: string };

export function unauthenticated(message = "You need to sign in first."): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } } });
}

export function forbidden(message = "You are not allowed to do that."): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.FORBIDDEN, http: { status: 403 } } });
}

/** The same answer whether the record does not exist or the caller may not see it. */
export function notFound(message = "We could not find that."): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.NOT_FOUND } });
}

export function badUserInput(fields: FieldError[]): GraphQLError {
  const summary = fields.map((field) => field.message).join(" ");
  return new GraphQLError(summary || "Some of what was sent is not right.", {
    extensions: { code: ErrorCode.BAD_USER_INPUT, fields },
  });
}

/** How long a client is told to wait (`Retry-After`) when the database cannot be reached: a restart takes about this. */
export const RETRY_AFTER_SECONDS = 5;

export function serviceUnavailable(): GraphQLError {
  return new GraphQLError("We cannot reach your records just now. Please try again in a moment.", {
    extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, http: { status: 503, headers: new Map([["retry-after", String(RETRY_AFTER_SECONDS)]]) } },
  });
}

export function choicesLocked(): GraphQLError {
  return new GraphQLError("Your IRO is arranging your review now, so your choices cannot change. Talk to your IRO if something is wrong.", {
    extensions: { code: ErrorCode.CHOICES_LOCKED },
  });
}
