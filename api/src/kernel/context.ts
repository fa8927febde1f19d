import type { EntityManager } from "typeorm";
import type { Action, PermissionTable } from "./access/permissions";
import type { Role } from "./access/role";
import type { Logger } from "./logger";
import type { Statement } from "./prepared-statements";
import type { RequestTransaction } from "./request-transaction";

/** As much of the signed-in account as access decisions and the audit need. */
export type ViewerAccount = Readonly<{ id: string; personId: string; username: string; role: Role; localAuthorityId: string }>;

/** Who is asking: set from a valid session token, or null for someone not signed in. */
export type Viewer = Readonly<{ account: ViewerAccount; sessionId: string }>;

/**
 * A request's DataLoaders, fresh per request so nothing cached for one caller is served to another. Each domain adds
 * its own here from its loaders file (`declare module "../kernel/context"`), so the kernel names none of them.
 */
export interface Loaders {}

/**
 * The long-lived services made once at start (sign-in, sessions, invitations). Like Loaders, each domain that has
 * one adds it here.
 */
export interface Services {}

/** Who acted: a signed-in account, or the holder of a single-use contribution link, who has no account. */
export type AuditActor =
  | Readonly<{ kind: "account"; accountId: string; role: Role; localAuthorityId: string }>
  | Readonly<{ kind: "contribution-link"; linkId: string; localAuthorityId: string }>;

/** What a request read or changed of young people's records, written in its own transaction before it commits. */
export interface AuditRecorder {
  /** Something the request's caller did. */
  record(action: Action, entity: string, youngPersonId: string): void;
  /** Something a contribution link's holder did: they act through the link, whoever else is signed in. */
  recordBy(actor: AuditActor, action: Action, entity: string, youngPersonId: string): void;
  /** The statement that writes what was recorded, run as the request commits; null when nothing was. */
  pendingInsert(): Statement | null;
}

/**
 * What a service receives: one request's handle on the world. Everything in it is the request's own: its caller, its
 * transaction (with the caller's claims set, so row-level security applies), its loaders and its audit.
 */
export type RequestScope = Readonly<{
  requestId: string;
  log: Logger;
  viewer: Viewer | null;
  /** The request's own transaction: use it for everything about young people. */
  db: EntityManager;
  loaders: Loaders;
  audit: AuditRecorder;
  /** What each role may do, as the composed modules declare it. */
  permissions: PermissionTable;
  /** The request's claims: a single-use link's holder claims their link here (ADR 008). */
  claims: Pick<RequestTransaction, "claimContributionLink">;
  /** The API's key for tokens it can make again rather than store (ADR 014). Never stored, logged or sent. */
  tokenKey: string;
}>;

/** The GraphQL context: the request scope, and what only the GraphQL layer uses. Services never take it. */
export type Context = RequestScope &
  Readonly<{
    /** The visitor's address, as the portal passed it on; used only to slow down guessing. */
    clientAddress: string;
    transaction: RequestTransaction;
    services: Services;
  }>;
