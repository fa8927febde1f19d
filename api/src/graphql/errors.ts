import { GraphQLError } from "graphql";
import type { FieldErrorCode } from "./field-error-codes";

/** Every code a client may see in `extensions.code`. They are part of the API: never rename one. */
export const ErrorCode = {
  BAD_USER_INPUT: "BAD_USER_INPUT",
  UNAUTHENTICATED: "UNAUTHENTICATED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  /** The young person's choices are fixed while their IRO arranges the review. */
  CHOICES_LOCKED: "CHOICES_LOCKED",
  BAD_REQUEST: "BAD_REQUEST",
  PAYLOAD_TOO_LARGE: "PAYLOAD_TOO_LARGE",
  INTERNAL_SERVER_ERROR: "INTERNAL_SERVER_ERROR",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

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

export function choicesLocked(): GraphQLError {
  return new GraphQLError("Your IRO is arranging your review now, so your choices cannot change. Talk to your IRO if something is wrong.", {
    extensions: { code: ErrorCode.CHOICES_LOCKED },
  });
}
