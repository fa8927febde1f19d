import type { GraphQLFormattedError } from "graphql";
import { isDatabaseUnavailable } from "../database/unavailable";
import { ErrorCode, serviceUnavailable, type FieldError } from "../kernel/errors";
import { CONSTRAINT_CODES } from "../kernel/input-constraints";

// Faults: the log has their detail, and the client only the code.
const FAULT_CODES = new Set<string>([ErrorCode.INTERNAL_SERVER_ERROR, ErrorCode.SERVICE_UNAVAILABLE]);
const KNOWN_CODES = new Set<string>(Object.values(ErrorCode).filter((code) => !FAULT_CODES.has(code)));
// Codes for requests refused before any resolver runs: Apollo's own, and ours for a body or a hash.
const REQUEST_CODES = new Set<string>([
  ErrorCode.GRAPHQL_PARSE_FAILED,
  ErrorCode.GRAPHQL_VALIDATION_FAILED,
  ErrorCode.BAD_REQUEST,
  ErrorCode.PERSISTED_QUERY_NOT_FOUND,
  ErrorCode.OPERATION_RESOLUTION_FAILURE,
]);

// graphql-js names its token limit in the message, and the position it stopped at would give the limit away too.
const TOKEN_LIMIT_MESSAGE = /^Syntax Error: Document contains more \w+ \d+ tokens\b/;

type ClassValidatorError = { property: string; constraints?: Record<string, string>; children?: ClassValidatorError[] };

// A constraint without a code of its own is at least a problem of form; input-constraints.test.ts keeps this rare.
const codeOfConstraint = (constraint: string) => CONSTRAINT_CODES[constraint] ?? "INVALID_FORMAT";

/** class-validator errors carry the whole input (passphrases included): keep only each field's messages. */
function toFieldErrors(errors: ClassValidatorError[], prefix = ""): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({ field, code: codeOfConstraint(constraint), message }));
    return [...own, ...toFieldErrors(error.children ?? [], field)];
  });
}

/** Whether an error is one we raise on purpose (or Apollo raises for a bad request), not a fault. */
export function isExpectedError(error: Pick<GraphQLFormattedError, "message" | "extensions">): boolean {
  const code = codeOf(error);
  return KNOWN_CODES.has(code) || REQUEST_CODES.has(code);
}

function withoutValuesOrHints(formatted: GraphQLFormattedError, hideSchemaHints: boolean): GraphQLFormattedError {
  let message = formatted.message.replace(VARIABLE_VALUE, 'Variable "$$$1" has a value of the wrong type or shape.');
  if (hideSchemaHints) message = message.replace(SCHEMA_HINT, "");
  return { ...formatted, message };
}

export type FormatErrorOptions = { hideSchemaHints: boolean };

/**
 * Gives every error a stable code and keeps internals private: an unexpected error becomes one plain message
 * (its detail goes to the log with the request id, see log-errors.ts), and in production neither the schema is hinted at
 * ("Did you mean") nor a limit on the size of queries named.
 */
// graphql-js names a variable of the wrong shape and prints its whole value, which may be a passphrase.
const VARIABLE_VALUE = /^Variable "\$(\w+)" got invalid value [\s\S]*$/;
const SCHEMA_HINT = /\s*Did you mean [\s\S]*$/;
// graphql-js stops listing a variable's problems after 50 with this error, which Apollo then takes for a fault.
const TOO_MANY_VARIABLE_PROBLEMS = /^Too many errors processing variables\b/;

function codeOf(formatted: Pick<GraphQLFormattedError, "message" | "extensions">): string {
  if (TOO_MANY_VARIABLE_PROBLEMS.test(formatted.message)) return ErrorCode.BAD_USER_INPUT;
  return String(formatted.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR);
}

export function createFormatError({ hideSchemaHints }: FormatErrorOptions) {
  return (raw: GraphQLFormattedError, error?: unknown): GraphQLFormattedError => {
    if (raw.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE || isDatabaseUnavailable(error)) {
      // The request-transaction plugin makes the answer a 503 with Retry-After.
      const { message, extensions } = serviceUnavailable();
      return { message, path: raw.path, extensions: { code: extensions.code } };
    }
    const formatted = withoutValuesOrHints(raw, hideSchemaHints);
    const code = codeOf(formatted);
    const { stacktrace, validationErrors, http: _http, ...extensions } = formatted.extensions ?? {};

    if (code === ErrorCode.BAD_USER_INPUT && Array.isArray(validationErrors)) {
      const fields = toFieldErrors(validationErrors as ClassValidatorError[]);
      return { message: fields.map((f) => f.message).join(" "), path: formatted.path, extensions: { code, fields } };
    }
    if (REQUEST_CODES.has(code)) {
      if (hideSchemaHints && TOKEN_LIMIT_MESSAGE.test(formatted.message)) return { message: "The query is too long.", extensions: { code } };
      return { ...formatted, extensions: { ...extensions, code, ...(hideSchemaHints ? {} : { stacktrace }) } };
    }
    if (KNOWN_CODES.has(code)) {
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { ...extensions, code } };
    }
    return {
      message: hideSchemaHints ? "Something went wrong on our side. Please try again." : formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, ...(hideSchemaHints ? {} : { stacktrace }) },
    };
  };
}
