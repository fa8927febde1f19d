import type { NextFunction, Request, Response } from "express";
import type { Logger } from "../kernel/logger";

/**
 * One line per request, answered or left by its client before the answer: no query string, body or header is logged,
 * since any may carry personal data.
 */
export function accessLog(log: Logger) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    const line = (message: string) => {
      const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
      log.info({ requestId: request.id, method: request.method, path: request.baseUrl + request.path, status: response.statusCode, durationMs }, message);
    };
    response.on("finish", () => line("request finished"));
    response.on("close", () => {
      if (!response.writableFinished) line("client went away before the answer");
    });
    next();
  };
}
