import DataLoader from "dataloader";
import { In, Not, IsNull, type EntityManager } from "typeorm";
import { ContributionLink } from "./contribution-link.entity";
import { Contribution } from "./contribution.entity";
import type { ContributionLinkState } from "./contribution.types";
import { ContributionPurpose } from "./contribution-purpose";

function groupBy<T>(rows: T[], keys: readonly string[], keyOf: (row: T) => string): T[][] {
  const groups = new Map(keys.map((key) => [key, [] as T[]]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}

export function createContributionLoaders(db: EntityManager) {
  return {
    /** Every link made for each review's views, newest first. */
    contributionLinksByReviewId: new DataLoader<string, ContributionLink[]>(async (reviewIds) => {
      const rows = await db.getRepository(ContributionLink).find({ where: { reviewId: In([...reviewIds]), purpose: ContributionPurpose.VIEWS }, order: { createdAt: "DESC", id: "DESC" } });
      return groupBy(rows, reviewIds, (row) => row.reviewId);
    }),
    /** Each link's state by the database's own rule, the one its policies hold writes to. */
    contributionLinkStateById: new DataLoader<string, ContributionLinkState | null>(async (linkIds) => {
      const rows: { id: string; state: ContributionLinkState }[] = await db.query(
        `SELECT l.id, app_contribution_link_state(l.purpose::text, l.used_at, l.revoked_at, l.expires_at, r.scheduled_for, r.status::text) AS state
           FROM contribution_link l JOIN review r ON r.id = l.review_id
          WHERE l.id = ANY($1)`,
        [[...linkIds]],
      );
      const byId = new Map(rows.map((row) => [row.id, row.state]));
      return linkIds.map((id) => byId.get(id) ?? null);
    }),
    /** The contributions sent for each review, oldest first, with the links they came through. */
    contributionsByReviewId: new DataLoader<string, Contribution[]>(async (reviewIds) => {
      const rows = await db.getRepository(Contribution).find({
        where: { link: { reviewId: In([...reviewIds]) }, submittedAt: Not(IsNull()) },
        relations: { link: true },
        order: { submittedAt: "ASC", id: "ASC" },
      });
      return groupBy(rows, reviewIds, (row) => row.link!.reviewId);
    }),
  };
}

declare module "../kernel/context" {
  interface Loaders extends ReturnType<typeof createContributionLoaders> {}
}
