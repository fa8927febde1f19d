import { randomUUID } from "node:crypto";
import type { NextFunction, Request, Response } from "express";

// A caller's id is reused only when it is short and plain, so it cannot smuggle anything into the logs.
const ACCEPTABLE_ID = /^[A-Za-z0-9._-]{8,64}$/;

declare module "express-serve-static-core" {
  interface Request {
    id: string;
  }
}

export function requestId(request: Request, response: Response, next: NextFunction): void {
  const offered = request.get("x-request-id");
  request.id = offered && ACCEPTABLE_ID.test(offered) ? offered : randomUUID();
  response.setHeader("x-request-id", request.id);
  next();
}
