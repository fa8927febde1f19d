import { Role } from "../kernel/access/role";
import type { FeatureModule } from "../kernel/feature-module";
import { CarePeriod } from "./care-period.entity";
import { ReviewChange } from "./review-change.entity";
import { Review } from "./review.entity";
import { ReviewChangeResolver, ReviewResolver } from "./review.resolver";
import { createReviewLoaders } from "./review.loaders";
import { createReviewDueLoaders } from "./review-due.loaders";

declare module "../kernel/access/permissions" {
  interface Subjects {
    /** A review of a young person's care plan: when, where, what kind, and its history. */
    "review": true;
  }
}

export const reviewsModule: FeatureModule = {
  name: "reviews",
  entities: [CarePeriod, Review, ReviewChange],
  resolvers: [ReviewResolver, ReviewChangeResolver],
  loaders: (db) => ({ ...createReviewLoaders(db), ...createReviewDueLoaders(db) }),
  permissions: {
    [Role.YOUNG_PERSON]: ["read:review:own"],
    [Role.SOCIAL_WORKER]: ["read:review:assigned"],
    [Role.IRO]: ["read:review:assigned", "update:review:assigned"],
    [Role.IRO_MANAGER]: ["read:review:any", "update:review:any"],
  },
};
