import type { DataSource } from "typeorm";
import { accountActor, AuditTrail } from "../audit/audit-trail";
import type { Context, Services, Viewer } from "../kernel/context";
import type { Logger } from "../kernel/logger";
import { claimsOf, RequestTransaction } from "../kernel/request-transaction";
import { createLoaders, ROLE_PERMISSIONS } from "../modules";

/** Opens the request's transaction with the caller's claims, and everything else that lives as long as the request. */
export async function createContext(args: {
  requestId: string;
  clientAddress: string;
  log: Logger;
  viewer: Viewer | null;
  db: DataSource;
  services: Services;
  tokenKey: string;
}): Promise<Context> {
  const { db, viewer, requestId, ...rest } = args;
  const transaction = await RequestTransaction.open(db, viewer ? claimsOf(viewer.account) : null);
  return {
    ...rest,
    requestId,
    viewer,
    db: transaction.manager,
    transaction,
    claims: transaction,
    audit: new AuditTrail(viewer ? accountActor(viewer.account) : null, requestId),
    loaders: createLoaders(transaction.manager),
    permissions: ROLE_PERMISSIONS,
  };
}
