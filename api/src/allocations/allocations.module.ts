import { Role } from "../kernel/access/role";
import type { FeatureModule } from "../kernel/feature-module";
import { AllocationResolver } from "./allocation.resolver";
import { IroAllocation } from "./iro-allocation.entity";
import { createAllocationLoaders } from "./allocation.loaders";

declare module "../kernel/access/permissions" {
  interface Subjects {
    /** Which IRO a young person has. */
    "allocation": true;
  }
}

export const allocationsModule: FeatureModule = {
  name: "allocations",
  entities: [IroAllocation],
  resolvers: [AllocationResolver],
  loaders: createAllocationLoaders,
  permissions: {
    [Role.IRO_MANAGER]: ["read:allocation:any", "update:allocation:any"],
  },
};
