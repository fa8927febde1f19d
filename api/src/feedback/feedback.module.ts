import { Role } from "../kernel/access/role";
import type { FeatureModule } from "../kernel/feature-module";
import { Feedback } from "./feedback.entity";
import { createFeedbackLoaders } from "./feedback.loaders";
import { FeedbackFiguresResolver, FeedbackResolver, ReviewFeedbackResolver } from "./feedback.resolver";

declare module "../kernel/access/permissions" {
  interface Subjects {
    /** What someone who came to a review said about how it went. */
    "feedback": true;
    /** Counts of feedback across the service, with only the comments their writers agreed to share. */
    "feedback-figures": true;
  }
}

export const feedbackModule: FeatureModule = {
  name: "feedback",
  entities: [Feedback],
  resolvers: [FeedbackResolver, FeedbackFiguresResolver, ReviewFeedbackResolver],
  loaders: createFeedbackLoaders,
  permissions: {
    [Role.YOUNG_PERSON]: ["read:feedback:own", "create:feedback:own", "update:feedback:own"],
    [Role.IRO]: ["read:feedback:assigned"],
    [Role.IRO_MANAGER]: ["read:feedback-figures:any"],
  },
};
