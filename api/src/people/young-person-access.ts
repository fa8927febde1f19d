import { forbidden, notFound } from "../kernel/errors";
import { isUuid } from "../kernel/pagination";
import type { RequestScope } from "../kernel/context";
import { hasPermission, type Action, type Scope, type Subject } from "../kernel/access/permissions";

/** How the caller stands to a young person, nearest first. */
async function scopesFor(scope: RequestScope, youngPersonId: string): Promise<Scope[]> {
  const { viewer, loaders } = scope;
  if (!viewer) return [];
  // Asked together, so that both go to the database in one round trip.
  const [assigned, found] = await Promise.all([loaders.assignedYoungPersonIds.load(viewer.account.personId), loaders.youngPersonById.load(youngPersonId)]);
  const scopes: Scope[] = [];
  if (viewer.account.personId === youngPersonId) scopes.push("own");
  if (assigned.has(youngPersonId)) scopes.push("assigned");
  // Row-level security returns only people in the caller's authority, so a young person found at all is in it.
  if (found) scopes.push("any");
  return scopes;
}

/** Whether the caller may do this to this young person's record, by role and by relationship. */
export async function may(scope: RequestScope, action: Action, subject: Subject, youngPersonId: string): Promise<boolean> {
  const role = scope.viewer?.account.role;
  // An id that cannot be one is as unknown as one that does not exist.
  if (!role || !isUuid(youngPersonId)) return false;
  const standings = await scopesFor(scope, youngPersonId);
  return standings.some((standing) => hasPermission(scope.permissions, role, `${action}:${subject}:${standing}`));
}

/**
 * Refuses unless the caller may, answering NOT_FOUND so that nobody learns a record exists, and records the access
 * in the audit when it is allowed.
 */
export async function requireAccess(scope: RequestScope, action: Action, subject: Subject, youngPersonId: string): Promise<void> {
  if (!(await may(scope, action, subject, youngPersonId))) throw notFound();
  scope.audit.record(action, subject, youngPersonId);
}

/** For fields reached through a parent the caller was already allowed: a second check, refused as FORBIDDEN. */
export async function requireFieldAccess(scope: RequestScope, action: Action, subject: Subject, youngPersonId: string): Promise<void> {
  if (!(await may(scope, action, subject, youngPersonId))) throw forbidden();
  scope.audit.record(action, subject, youngPersonId);
}
