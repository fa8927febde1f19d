import { Role } from "../accounts/role";

export type Action = "read" | "create" | "update";
export type Subject = "young-person" | "review" | "network" | "allocation" | "invitation" | "audit";
/** own: the caller's own record; assigned: a young person allocated or linked to them; any: anyone in their authority. */
export type Scope = "own" | "assigned" | "any";
export type Permission = `${Action}:${Subject}:${Scope}`;

/** What each role may do. Everything not listed is refused; the authorization matrix test holds every operation to it. */
export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  [Role.YOUNG_PERSON]: ["read:young-person:own", "read:review:own"],
  [Role.PARENT]: [],
  [Role.CARER]: [],
  [Role.SOCIAL_WORKER]: ["read:young-person:assigned", "read:review:assigned"],
  [Role.SUPERVISING_SOCIAL_WORKER]: [],
  [Role.IRO]: [
    "read:young-person:assigned",
    "read:review:assigned",
    "read:network:assigned",
    "create:invitation:assigned",
  ],
  [Role.IRO_MANAGER]: [
    "read:young-person:any",
    "read:review:any",
    "read:network:any",
    "create:invitation:any",
    "update:allocation:any",
    "read:audit:any",
  ],
  [Role.ADVOCACY_COORDINATOR]: [],
  [Role.ADMINISTRATOR]: [
    "read:young-person:any",
    "create:young-person:any",
    "read:network:any",
    "update:network:any",
    "create:invitation:any",
  ],
};

export function hasPermission(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
