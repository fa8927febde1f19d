import { Role } from "../kernel/access/role";
import type { FeatureModule } from "../kernel/feature-module";
import { ViewsDraft } from "./views-draft.entity";
import { ViewsVersion } from "./views-version.entity";
import { ReviewViewsFieldsResolver, ReviewViewsResolver, YoungPersonViewsResolver } from "./views.resolver";
import { createViewsLoaders } from "./views.loaders";

declare module "../kernel/access/permissions" {
  interface Subjects {
    /** The young person's views for their review (their draft is theirs alone); who may read each version sent is narrowed further by the audience they chose, a rule kept in the database (app_may_read_views_with_audience). */
    "views": true;
  }
}

export const viewsModule: FeatureModule = {
  name: "views",
  entities: [ViewsDraft, ViewsVersion],
  resolvers: [ReviewViewsResolver, ReviewViewsFieldsResolver, YoungPersonViewsResolver],
  loaders: createViewsLoaders,
  permissions: {
    [Role.YOUNG_PERSON]: ["read:views:own", "update:views:own", "create:views:own"],
    [Role.SOCIAL_WORKER]: ["read:views:assigned"],
    [Role.IRO]: ["read:views:assigned"],
    [Role.IRO_MANAGER]: ["read:views:any"],
  },
};
