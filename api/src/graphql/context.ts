import type { DataSource, EntityManager } from "typeorm";
import type { Account } from "../accounts/account.entity";
import { accountActor, AuditTrail } from "../audit/audit-trail";
import { claimsOf, RequestTransaction } from "../database/request-transaction";
import type { Logger } from "../logging/logger";
import { createLoaders, type Loaders } from "./loaders";
import type { Services } from "./services";

/** Who is asking: set from a valid session token, or null for someone not signed in. */
export type Viewer = Readonly<{ account: Account; sessionId: string }>;

export type Context = Readonly<{
  requestId: string;
  /** The visitor's address, as the portal passed it on; used only to slow down guessing. */
  clientAddress: string;
  log: Logger;
  viewer: Viewer | null;
  /** The request's own transaction, with the caller's claims set: use it for everything about young people. */
  db: EntityManager;
  transaction: RequestTransaction;
  audit: AuditTrail;
  loaders: Loaders;
  services: Services;
}>;

export async function createContext(args: {
  requestId: string;
  clientAddress: string;
  log: Logger;
  viewer: Viewer | null;
  db: DataSource;
  services: Services;
}): Promise<Context> {
  const { db, viewer, requestId, ...rest } = args;
  const transaction = await RequestTransaction.open(db, viewer ? claimsOf(viewer.account) : null);
  return {
    ...rest,
    requestId,
    viewer,
    db: transaction.manager,
    transaction,
    audit: new AuditTrail(viewer ? accountActor(viewer.account) : null, requestId),
    loaders: createLoaders(transaction.manager),
  };
}
