import { Role } from "../kernel/access/role";
import type { FeatureModule } from "../kernel/feature-module";
import { WorryAlert } from "./worry-alert.entity";
import { WorryAlertResolver } from "./worries.resolver";

declare module "../kernel/access/permissions" {
  interface Subjects {
    /** A young person's "I'm worried" alerts: raised by them, acknowledged by their IRO or social worker. */
    "worry": true;
  }
}

export const worriesModule: FeatureModule = {
  name: "worries",
  entities: [WorryAlert],
  resolvers: [WorryAlertResolver],
  permissions: {
    [Role.YOUNG_PERSON]: ["read:worry:own", "create:worry:own"],
    [Role.IRO]: ["read:worry:assigned", "update:worry:assigned"],
    [Role.SOCIAL_WORKER]: ["read:worry:assigned", "update:worry:assigned"],
    [Role.IRO_MANAGER]: ["read:worry:any"],
  },
};
