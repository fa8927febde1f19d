import type { Request } from "express";
import type { Viewer } from "../kernel/context";
import { unauthenticated } from "../kernel/errors";
import type { SessionService } from "../sessions/session.service";
import { isWellFormedSecretToken } from "../kernel/access/secret-token";

/**
 * No Authorization header: nobody signed in. A header that is malformed, or names a session that has expired or
 * been revoked, is refused with 401 rather than quietly treated as signed out, so a client knows to sign in again.
 */
export async function viewerFromRequest(request: Request, sessions: SessionService): Promise<Viewer | null> {
  const header = request.get("authorization");
  if (header === undefined) return null;
  const [scheme, token, ...rest] = header.trim().split(/\s+/);
  if (scheme?.toLowerCase() !== "bearer" || !token || rest.length > 0 || !isWellFormedSecretToken(token)) {
    throw unauthenticated("The Authorization header must be `Bearer` and a session token.");
  }
  const active = await sessions.findActive(token);
  if (!active) throw unauthenticated("Your session has ended. Please sign in again.");
  return { account: active.account, sessionId: active.sessionId };
}
