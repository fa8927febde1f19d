import type { NextFunction, Request, Response } from "express";
import { ErrorCode } from "../kernel/errors";
import type { Logger } from "../kernel/logger";

type BodyParserError = Error & { type?: string; status?: number };

export function sendError(response: Response, status: number, code: ErrorCode, message: string): void {
  response.status(status).json({ errors: [{ message, extensions: { code } }] });
}

export function notFound(_request: Request, response: Response): void {
  sendError(response, 404, ErrorCode.NOT_FOUND, "There is nothing at this address.");
}

/** Errors from before GraphQL sees a request (a body too large or not JSON) get a code and the right status. */
export function httpErrors(log: Logger) {
  return (error: BodyParserError, request: Request, response: Response, _next: NextFunction): void => {
    if (error.type === "entity.too.large") {
      sendError(response, 413, ErrorCode.PAYLOAD_TOO_LARGE, "The request is too large. The limit is 1 MB.");
    } else if (error.type === "entity.parse.failed" || error.type === "encoding.unsupported" || error.status === 400) {
      sendError(response, 400, ErrorCode.BAD_REQUEST, "The request body is not valid JSON.");
    } else if (error.status === 415) {
      sendError(response, 415, ErrorCode.BAD_REQUEST, "Send the request as application/json.");
    } else {
      log.error({ requestId: request.id, err: error }, "unexpected error outside GraphQL");
      sendError(response, 500, ErrorCode.INTERNAL_SERVER_ERROR, "Something went wrong on our side. Please try again.");
    }
  };
}
