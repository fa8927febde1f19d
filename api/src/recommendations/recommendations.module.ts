import { Role } from "../kernel/access/role";
import type { FeatureModule } from "../kernel/feature-module";
import { Recommendation } from "./recommendation.entity";
import { RecommendationsIssue } from "./recommendations-issue.entity";
import { createRecommendationsLoaders } from "./recommendations.loaders";
import { RecommendationResolver, RecommendationsOfReviewResolver } from "./recommendations.resolver";

declare module "../kernel/access/permissions" {
  interface Subjects {
    /** A held review's recommendations: who will do what, by when, and how far each has got. Seen by the young person and their social worker once issued. */
    "recommendation": true;
  }
}

export const recommendationsModule: FeatureModule = {
  name: "recommendations",
  entities: [Recommendation, RecommendationsIssue],
  resolvers: [RecommendationResolver, RecommendationsOfReviewResolver],
  loaders: createRecommendationsLoaders,
  permissions: {
    [Role.YOUNG_PERSON]: ["read:recommendation:own"],
    [Role.SOCIAL_WORKER]: ["read:recommendation:assigned"],
    [Role.IRO]: ["read:recommendation:assigned", "create:recommendation:assigned", "update:recommendation:assigned"],
    [Role.IRO_MANAGER]: ["read:recommendation:any", "create:recommendation:any", "update:recommendation:any"],
  },
};
