import type { EntityManager } from "typeorm";
import { createAllocationLoaders } from "../allocations/allocation.loaders";
import { createChoicesLoaders } from "../choices/choices.loaders";
import { createContributionLoaders } from "../contributions/contribution.loaders";
import { createPeopleLoaders } from "../people/people.loaders";
import { createReviewDueLoaders } from "../reviews/review-due.loaders";
import { createReviewLoaders } from "../reviews/review.loaders";
import { createViewsLoaders } from "../views/views.loaders";

/** Fresh per request, so nothing cached for one caller is ever served to another. */
export function createLoaders(db: EntityManager) {
  return {
    ...createPeopleLoaders(db),
    ...createReviewLoaders(db),
    ...createReviewDueLoaders(db),
    ...createAllocationLoaders(db),
    ...createChoicesLoaders(db),
    ...createViewsLoaders(db),
    ...createContributionLoaders(db),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
