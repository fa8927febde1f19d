import type { NextFunction, Request, Response } from "express";

/**
 * Every answer at /graphql is about a child's life and private to its caller: no browser, proxy or cache keeps one,
 * whether it carries data or an error.
 */
export function noStore(_request: Request, response: Response, next: NextFunction): void {
  response.setHeader("cache-control", "no-store");
  next();
}
