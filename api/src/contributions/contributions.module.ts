import { Role } from "../kernel/access/role";
import type { FeatureModule } from "../kernel/feature-module";
import { ContributionLink } from "./contribution-link.entity";
import { ContributionLinkResolver } from "./contribution-link.resolver";
import { Contribution } from "./contribution.entity";
import { ContributionResolver } from "./contribution.resolver";
import { ReviewContributionsResolver } from "./review-contributions.resolver";
import { createContributionLoaders } from "./contribution.loaders";

declare module "../kernel/access/permissions" {
  interface Subjects {
    /** A single-use link for someone without an account to contribute to one review. */
    "contribution-link": true;
    /** A single-use link's token, shown again to send it again. */
    "contribution-link-token": true;
    /** What someone sent through a single-use link. */
    "contribution": true;
  }
}

export const contributionsModule: FeatureModule = {
  name: "contributions",
  entities: [ContributionLink, Contribution],
  resolvers: [ContributionLinkResolver, ContributionResolver, ReviewContributionsResolver],
  loaders: createContributionLoaders,
  permissions: {
    [Role.IRO]: ["create:contribution-link:assigned", "read:contribution-link-token:assigned", "read:contribution:assigned"],
    [Role.IRO_MANAGER]: ["create:contribution-link:any", "read:contribution-link-token:any", "read:contribution:any"],
  },
};
