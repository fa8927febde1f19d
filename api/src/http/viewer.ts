import type { Request } from "express";
import { unauthenticated } from "../kernel/errors";
import { isWellFormedSecretToken } from "../kernel/access/secret-token";

/**
 * The session token a request carries, or null with no Authorization header: nobody signed in. A malformed header is
 * refused with 401 rather than quietly treated as signed out, so a client knows to sign in again.
 */
export function sessionTokenFromRequest(request: Request): string | null {
  const header = request.get("authorization");
  if (header === undefined) return null;
  const [scheme, token, ...rest] = header.trim().split(/\s+/);
  if (scheme?.toLowerCase() !== "bearer" || !token || rest.length > 0 || !isWellFormedSecretToken(token)) {
    throw unauthenticated("The Authorization header must be `Bearer` and a session token.");
  }
  return token;
}
