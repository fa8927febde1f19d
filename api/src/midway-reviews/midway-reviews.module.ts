import { Role } from "../kernel/access/role";
import type { FeatureModule } from "../kernel/feature-module";
import { MidwayProgress } from "./midway-progress.entity";
import { MidwayReview } from "./midway-review.entity";
import { createMidwayReviewsLoaders } from "./midway-reviews.loaders";
import { MidwayReviewsOfReviewResolver, MidwayReviewsResolver } from "./midway-reviews.resolver";

declare module "../kernel/access/permissions" {
  interface Subjects {
    /** The IRO's checks between reviews on the last review's recommendations. */
    "midway-review": true;
  }
}

export const midwayReviewsModule: FeatureModule = {
  name: "midway-reviews",
  entities: [MidwayReview, MidwayProgress],
  resolvers: [MidwayReviewsResolver, MidwayReviewsOfReviewResolver],
  loaders: createMidwayReviewsLoaders,
  permissions: {
    [Role.SOCIAL_WORKER]: ["read:midway-review:assigned"],
    [Role.IRO]: ["read:midway-review:assigned", "create:midway-review:assigned"],
    [Role.IRO_MANAGER]: ["read:midway-review:any", "create:midway-review:any"],
  },
};
