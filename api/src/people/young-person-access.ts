import { forbidden, notFound } from "../kernel/errors";
import { isUuid } from "../kernel/pagination";
import type { RequestScope } from "../kernel/context";
import { hasPermission, type Action, type Scope, type Subject } from "../kernel/access/permissions";

/**
 * Whether the caller may do this to this young person's record, by role and by relationship: their standing is
 * looked for only where the role would be allowed by it, so a manager's lists never ask for a caseload and an IRO's
 * never ask the authority, and what is looked for is asked together, in one round trip.
 */
export async function may(scope: RequestScope, action: Action, subject: Subject, youngPersonId: string): Promise<boolean> {
  const { viewer, loaders } = scope;
  const role = viewer?.account.role;
  // An id that cannot be one is as unknown as one that does not exist.
  if (!viewer || !role || !isUuid(youngPersonId)) return false;
  const allowed = (standing: Scope) => hasPermission(scope.permissions, role, `${action}:${subject}:${standing}`);
  if (allowed("own") && viewer.account.personId === youngPersonId) return true;
  const [assigned, found] = await Promise.all([
    callersAssignments(scope, action, subject),
    allowed("any") ? loaders.youngPersonById.load(youngPersonId) : undefined,
  ]);
  // Row-level security returns only people in the caller's authority, so a young person found at all is in it.
  return Boolean(assigned?.has(youngPersonId) || found);
}

/**
 * The young people assigned to the caller, when their role may do this by assignment; undefined otherwise. It depends
 * on the caller alone, so a service that must first find which young person a record is about can ask for it at the
 * same time, and the decision that follows costs no round trip of its own.
 */
export function callersAssignments(scope: RequestScope, action: Action, subject: Subject): Promise<ReadonlySet<string>> | undefined {
  const account = scope.viewer?.account;
  if (!account || !hasPermission(scope.permissions, account.role, `${action}:${subject}:assigned`)) return undefined;
  return scope.loaders.assignedYoungPersonIds.load(account.personId);
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
