import DataLoader from "dataloader";
import { In, type EntityManager } from "typeorm";
import { ViewsDraft } from "./views-draft.entity";
import { ViewsVersion } from "./views-version.entity";

/**
 * The versions of these reviews the caller may read, newest first. The audience rule is the database's own
 * (app_may_read_views_with_audience, which row-level security applies as well): asked here too, so that the API's answer never
 * depends on the policy alone, and the rule is still written once.
 */
function readableVersions(db: EntityManager, reviewIds: readonly string[]) {
  return db
    .getRepository(ViewsVersion)
    .createQueryBuilder("version")
    .where("version.review_id = ANY(:reviewIds)", { reviewIds: [...reviewIds] })
    .andWhere("app_may_read_views_with_audience(version.review_id, version.audience::text)")
    .orderBy("version.review_id")
    .addOrderBy("version.number", "DESC");
}

export function createViewsLoaders(db: EntityManager) {
  const viewsVersionsByReviewId = new DataLoader<string, ViewsVersion[]>(async (reviewIds) => {
    const versions = await readableVersions(db, reviewIds).getMany();
    return reviewIds.map((reviewId) => versions.filter((version) => version.reviewId === reviewId));
  });
  return {
    /** Row-level security shows a draft to its young person only. */
    viewsDraftByReviewId: new DataLoader<string, ViewsDraft | null>(async (reviewIds) => {
      const drafts = await db.getRepository(ViewsDraft).findBy({ reviewId: In([...reviewIds]) });
      return reviewIds.map((reviewId) => drafts.find((draft) => draft.reviewId === reviewId) ?? null);
    }),
    viewsVersionsByReviewId,
    /** The first of the versions: a review has a handful, and a page that shows the newest often shows the one before. */
    latestViewsByReviewId: new DataLoader<string, ViewsVersion | null>(async (reviewIds) =>
      (await viewsVersionsByReviewId.loadMany(reviewIds)).map((versions) => (versions instanceof Error ? versions : (versions[0] ?? null))),
    ),
  };
}

declare module "../kernel/context" {
  interface Loaders extends ReturnType<typeof createViewsLoaders> {}
}
