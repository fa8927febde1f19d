import type { RequestScope } from "../context";
import { forbidden } from "../errors";
import { hasPermission, type Permission } from "./permissions";

/** Whether the caller's role grants this, whatever their relationship to any one record. */
export function viewerHas(scope: RequestScope, permission: Permission): boolean {
  const role = scope.viewer?.account.role;
  return !!role && hasPermission(scope.permissions, role, permission);
}

/** For actions on no one young person yet (creating one): the role alone decides. */
export function requirePermission(scope: RequestScope, permission: Permission): void {
  if (!viewerHas(scope, permission)) throw forbidden();
}
