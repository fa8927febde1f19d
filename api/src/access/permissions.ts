import { Role } from "../accounts/role";

export type Action = "read" | "create" | "update" | "lock";
/**
 * `choices` are the young person's choices about their review; `private-choices` the part only they and their IRO
 * see (who they do not want there); `choice-answer` the IRO's answer to a choice; `contribution-link` a single-use
 * link for someone without an account to contribute to one review. `views` are the young person's views for their
 * review (their draft is theirs alone); who may read each submitted version is narrowed further by the audience the
 * young person chose, a rule kept in the database (app_may_read_views_of) that both the policy and the API's queries use.
 */
export type Subject =
  | "young-person"
  | "review"
  | "network"
  | "allocation"
  | "invitation"
  | "audit"
  | "choices"
  | "private-choices"
  | "choice-answer"
  | "contribution-link"
  | "contribution"
  | "communication-needs"
  | "pack"
  | "views";
/** own: the caller's own record; assigned: a young person allocated or linked to them; any: anyone in their authority. */
export type Scope = "own" | "assigned" | "any";
export type Permission = `${Action}:${Subject}:${Scope}`;

/** What each role may do. Everything not listed is refused; the authorization matrix test holds every operation to it. */
export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  [Role.YOUNG_PERSON]: [
    "read:young-person:own",
    "read:review:own",
    "read:network:own",
    "read:choices:own",
    "update:choices:own",
    "read:private-choices:own",
    "read:choice-answer:own",
    "read:communication-needs:own",
    "read:views:own",
    "update:views:own",
    "create:views:own",
  ],
  [Role.PARENT]: [],
  [Role.CARER]: [],
  [Role.SOCIAL_WORKER]: [
    "read:young-person:assigned",
    "read:review:assigned",
    "read:choices:assigned",
    "read:choice-answer:assigned",
    "read:communication-needs:assigned",
    "read:views:assigned",
  ],
  [Role.SUPERVISING_SOCIAL_WORKER]: [],
  [Role.IRO]: [
    "read:young-person:assigned",
    "read:review:assigned",
    "read:network:assigned",
    "create:invitation:assigned",
    "update:review:assigned",
    "read:choices:assigned",
    "read:private-choices:assigned",
    "read:choice-answer:assigned",
    "create:choice-answer:assigned",
    "lock:choices:assigned",
    "create:contribution-link:assigned",
    "read:contribution:assigned",
    "read:communication-needs:assigned",
    "update:communication-needs:assigned",
    "read:pack:assigned",
    "read:views:assigned",
  ],
  [Role.IRO_MANAGER]: [
    "read:young-person:any",
    "read:review:any",
    "read:network:any",
    "create:invitation:any",
    "update:allocation:any",
    "read:audit:any",
    "update:review:any",
    "read:choices:any",
    "read:choice-answer:any",
    "create:contribution-link:any",
    "read:contribution:any",
    "read:communication-needs:any",
    "update:communication-needs:any",
    "read:pack:any",
    "read:views:any",
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
