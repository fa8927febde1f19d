import type { EntityManager } from "typeorm";
import type { RolePermissions } from "./access/permissions";

type Class = new (...args: never[]) => unknown;

/**
 * One domain, as the API is assembled from it (api/src/modules.ts): the tables it maps, the resolvers it adds to the
 * schema, the DataLoaders it makes for each request and what each role may do with its subjects. A domain's
 * authorization matrix rows sit beside it in `<domain>.authorization.ts`, which only the tests read.
 */
export type FeatureModule = Readonly<{
  name: string;
  entities?: readonly Class[];
  resolvers?: readonly Class[];
  loaders?: (db: EntityManager) => object;
  permissions?: RolePermissions;
}>;
