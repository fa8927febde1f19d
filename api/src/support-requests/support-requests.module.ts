import { Role } from "../kernel/access/role";
import type { FeatureModule } from "../kernel/feature-module";
import { SupportRequestMove } from "./support-request-move.entity";
import { SupportRequest } from "./support-request.entity";
import { createSupportRequestLoaders } from "./support-requests.loaders";
import { SupportRequestMoveResolver, SupportRequestResolver, YoungPersonSupportRequestsResolver } from "./support-requests.resolver";

declare module "../kernel/access/permissions" {
  interface Subjects {
    /** A young person's requests for an advocate or an Independent Visitor, and their moves. The coordinator's `any` is any request of their authority, never the young person's record. */
    "support-request": true;
    /** The coordinator's queue of every request in the authority. */
    "support-queue": true;
    /** The advocacy and Independent Visitor figures, counted over the authority. */
    "support-figures": true;
  }
}

export const supportRequestsModule: FeatureModule = {
  name: "support-requests",
  entities: [SupportRequest, SupportRequestMove],
  resolvers: [SupportRequestResolver, SupportRequestMoveResolver, YoungPersonSupportRequestsResolver],
  loaders: createSupportRequestLoaders,
  permissions: {
    [Role.YOUNG_PERSON]: ["read:support-request:own", "create:support-request:own", "update:support-request:own"],
    [Role.IRO]: ["read:support-request:assigned", "create:support-request:assigned"],
    [Role.IRO_MANAGER]: ["read:support-request:any", "read:support-figures:any"],
    [Role.ADVOCACY_COORDINATOR]: ["read:support-request:any", "update:support-request:any", "read:support-queue:any", "read:support-figures:any"],
  },
};
