import { Role } from "../kernel/access/role";
import type { FeatureModule } from "../kernel/feature-module";
import { AuditEvent } from "./audit-event.entity";
import { AuditResolver } from "./audit.resolver";

declare module "../kernel/access/permissions" {
  interface Subjects {
    /** The record of who read or changed what of a young person's record. */
    "audit": true;
  }
}

export const auditModule: FeatureModule = {
  name: "audit",
  entities: [AuditEvent],
  resolvers: [AuditResolver],
  permissions: {
    [Role.IRO_MANAGER]: ["read:audit:any"],
  },
};
