import type { Context } from "../graphql/context";
import { forbidden } from "../graphql/errors";
import { hasPermission, type Permission } from "./permissions";

/** For actions on no one young person yet (creating one): the role alone decides. */
export function requirePermission(context: Context, permission: Permission): void {
  const role = context.viewer?.account.role;
  if (!role || !hasPermission(role, permission)) throw forbidden();
}
