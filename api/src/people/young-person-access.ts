import { forbidden, notFound } from "../kernel/errors";
import { isUuid } from "../kernel/pagination";
import type { RequestScope } from "../kernel/context";
import { hasPermission, type Action, type Scope, type Subject } from "../kernel/access/permissions";

/** How the caller stands to a young person, nearest first. */
async function scopesFor(context: RequestScope, youngPersonId: string): Promise<Scope[]> {
  const { viewer, loaders } = context;
  if (!viewer) return [];
  const scopes: Scope[] = [];
  if (viewer.account.personId === youngPersonId) scopes.push("own");
  if ((await loaders.assignedYoungPersonIds.load(viewer.account.personId)).has(youngPersonId)) scopes.push("assigned");
  // Row-level security returns only people in the caller's authority, so a young person found at all is in it.
  if (await loaders.youngPersonById.load(youngPersonId)) scopes.push("any");
  return scopes;
}

/** Whether the caller may do this to this young person's record, by role and by relationship. */
export async function may(context: RequestScope, action: Action, subject: Subject, youngPersonId: string): Promise<boolean> {
  const role = context.viewer?.account.role;
  // An id that cannot be one is as unknown as one that does not exist.
  if (!role || !isUuid(youngPersonId)) return false;
  const scopes = await scopesFor(context, youngPersonId);
  return scopes.some((scope) => hasPermission(context.permissions, role, `${action}:${subject}:${scope}`));
}

/**
 * Refuses unless the caller may, answering NOT_FOUND so that nobody learns a record exists, and records the access
 * in the audit when it is allowed.
 */
export async function requireAccess(context: RequestScope, action: Action, subject: Subject, youngPersonId: string): Promise<void> {
  if (!(await may(context, action, subject, youngPersonId))) throw notFound();
  context.audit.record(action, subject, youngPersonId);
}

/** For fields reached through a parent the caller was already allowed: a second check, refused as FORBIDDEN. */
export async function requireFieldAccess(context: RequestScope, action: Action, subject: Subject, youngPersonId: string): Promise<void> {
  if (!(await may(context, action, subject, youngPersonId))) throw forbidden();
  context.audit.record(action, subject, youngPersonId);
}
