import type { Role } from "./role";

export type Action = "read" | "create" | "update" | "lock";

/**
 * The parts of a record permissions are about. Each domain adds its own from its module file
 * (`declare module "../kernel/access/permissions" { interface Subjects { "views": true } }`), with a line on what it is.
 */
export interface Subjects {}
export type Subject = keyof Subjects & string;

/** own: the caller's own record; assigned: a young person allocated or linked to them; any: anyone in their authority. */
export type Scope = "own" | "assigned" | "any";
export type Permission = `${Action}:${Subject}:${Scope}`;

/** What each role may do. Everything not listed is refused; the authorization matrix test holds every operation to it. */
export type PermissionTable = Readonly<Record<Role, readonly Permission[]>>;

/** One domain's share of the table: only the roles it grants anything to. */
export type RolePermissions = Readonly<Partial<Record<Role, readonly Permission[]>>>;

export function hasPermission(table: PermissionTable, role: Role, permission: Permission): boolean {
  return table[role].includes(permission);
}
