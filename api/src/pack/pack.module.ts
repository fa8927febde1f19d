import { Role } from "../kernel/access/role";
import type { FeatureModule } from "../kernel/feature-module";
import { createPackLoaders } from "./pack.loaders";
import { PackReading } from "./pack-reading.entity";
import { PackResolver } from "./pack.resolver";

declare module "../kernel/access/permissions" {
  interface Subjects {
    /** Everything that came in before one review, for the IRO who chairs it. */
    "pack": true;
  }
}

export const packModule: FeatureModule = {
  name: "pack",
  entities: [PackReading],
  resolvers: [PackResolver],
  loaders: createPackLoaders,
  permissions: {
    [Role.IRO]: ["read:pack:assigned"],
    [Role.IRO_MANAGER]: ["read:pack:any"],
  },
};
