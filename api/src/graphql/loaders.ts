import type { DataSource } from "typeorm";
import { createPeopleLoaders } from "../people/people.loaders";
import { createReviewLoaders } from "../reviews/review.loaders";

/** Fresh per request, so nothing cached for one caller is ever served to another. */
export function createLoaders(db: DataSource) {
  return { ...createPeopleLoaders(db), ...createReviewLoaders(db) };
}

export type Loaders = ReturnType<typeof createLoaders>;
