import type { NextFunction, Request, Response } from "express";
import type { Logger } from "../kernel/logger";

/** One line per request: no query string, body or header is logged, since any may carry personal data. */
export function accessLog(log: Logger) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    response.on("finish", () => {
      const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
      log.info(
        { requestId: request.id, method: request.method, path: request.baseUrl + request.path, status: response.statusCode, durationMs },
        "request finished",
      );
    });
    next();
  };
}
