import type { FeatureModule } from "../kernel/feature-module";
import { LocalAuthority } from "./local-authority.entity";

export const tenancyModule: FeatureModule = {
  name: "tenancy",
  entities: [LocalAuthority],
};
