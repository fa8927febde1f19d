import type { DataSource } from "typeorm";
import { accountActor, AuditTrail } from "../audit/audit-trail";
import type { Context, Services, Viewer } from "../kernel/context";
import { unauthenticated } from "../kernel/errors";
import type { Logger } from "../kernel/logger";
import { RequestTransaction } from "../kernel/request-transaction";
import { createLoaders, ROLE_PERMISSIONS } from "../modules";
import { CALLERS_PERSON, primeCallersPerson } from "../people/people.loaders";
import type { ActiveSessionRow } from "../sessions/session.service";

/**
 * Opens the request's transaction and, in its first round trip, finds the caller's session and sets their claims;
 * then everything else that lives as long as the request. A token whose session has expired or been revoked is
 * refused with 401, so a client knows to sign in again.
 */
export async function createContext(args: {
  requestId: string;
  clientAddress: string;
  log: Logger;
  /** The session token the request carries; null for someone not signed in. */
  token: string | null;
  db: DataSource;
  services: Services;
  tokenKey: string;
}): Promise<Context> {
  const { db, token, requestId, services, ...rest } = args;
  const { transaction, rows } = await RequestTransaction.openWith(db, token ? [services.sessions.findActiveAndClaim(token), CALLERS_PERSON] : []);
  let viewer: Viewer | null;
  try {
    viewer = token ? await services.sessions.activeFrom((rows[0] ?? []) as ActiveSessionRow[]) : null;
    if (token && !viewer) throw unauthenticated("Your session has ended. Please sign in again.");
  } catch (error) {
    await transaction.finish("rollback");
    throw error;
  }
  const loaders = createLoaders(transaction.manager);
  primeCallersPerson(loaders, rows[1] ?? []);
  return {
    ...rest,
    requestId,
    viewer,
    services,
    db: transaction.manager,
    transaction,
    claims: transaction,
    audit: new AuditTrail(viewer ? accountActor(viewer.account) : null, requestId),
    loaders,
    permissions: ROLE_PERMISSIONS,
  };
}
