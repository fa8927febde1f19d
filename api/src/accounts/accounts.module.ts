import type { FeatureModule } from "../kernel/feature-module";
import { Account } from "./account.entity";
import { AccountResolver } from "./account.resolver";

export const accountsModule: FeatureModule = {
  name: "accounts",
  entities: [Account],
  resolvers: [AccountResolver],
};
