import DataLoader from "dataloader";
import type { EntityManager } from "typeorm";
import { Recommendation } from "./recommendation.entity";
import { RecommendationsIssue } from "./recommendations-issue.entity";

type Row = {
  key: string;
  id: string;
  review_id: string;
  young_person_id: string;
  number: number;
  action: string;
  responsible_person_id: string | null;
  responsible_role: string | null;
  due_on: string;
  status: Recommendation["status"];
  status_note: string | null;
  status_changed_at: Date | null;
  created_at: Date;
  responsible_name: string | null;
};

/** Recommendations with the name of whoever is responsible as the caller may see them, grouped under each key, in order. */
async function recommendationsUnder(db: EntityManager, keys: readonly string[], keyedReviews: string): Promise<Recommendation[][]> {
  const rows: Row[] = await db.query(
    `SELECT keyed.key, rec.id, rec.review_id, rec.young_person_id, rec.number, rec.action, rec.responsible_person_id, rec.responsible_role,
            rec.due_on::text AS due_on, rec.status, rec.status_note, rec.status_changed_at, rec.created_at,
            p.first_name || ' ' || p.last_name AS responsible_name
       FROM (${keyedReviews}) keyed
       JOIN recommendation rec ON rec.review_id = keyed.review_id
       LEFT JOIN person p ON p.id = rec.responsible_person_id
      ORDER BY keyed.key, rec.number`,
    [[...keys]],
  );
  return keys.map((key) =>
    rows
      .filter((row) => row.key === key)
      .map((row) =>
        Object.assign(new Recommendation(), {
          id: row.id,
          reviewId: row.review_id,
          youngPersonId: row.young_person_id,
          number: row.number,
          action: row.action,
          responsiblePersonId: row.responsible_person_id,
          responsibleRole: row.responsible_role,
          dueOn: row.due_on,
          status: row.status,
          statusNote: row.status_note,
          statusChangedAt: row.status_changed_at,
          createdAt: row.created_at,
          responsibleName: row.responsible_name,
        }),
      ),
  );
}

export function createRecommendationsLoaders(db: EntityManager) {
  return {
    /** Each review's recommendations, as far as the caller may see them (the young person's once issued). */
    recommendationsByReviewId: new DataLoader<string, Recommendation[]>((ids) =>
      recommendationsUnder(db, ids, "SELECT id::text AS key, id AS review_id FROM unnest($1::uuid[]) AS id"),
    ),
    /** For each review, the recommendations of the young person's review held last before it: what the pack shows. */
    lastReviewRecommendationsByReviewId: new DataLoader<string, Recommendation[]>((ids) =>
      recommendationsUnder(
        db,
        ids,
        `SELECT k.id::text AS key,
                (SELECT held.id FROM review held WHERE held.young_person_id = k.young_person_id AND held.status = 'HELD'
                    AND held.scheduled_for < k.scheduled_for ORDER BY held.scheduled_for DESC LIMIT 1) AS review_id
           FROM review k WHERE k.id = ANY($1::uuid[])`,
      ),
    ),
    recommendationsIssueByReviewId: new DataLoader<string, RecommendationsIssue | null>(async (ids) => {
      const issues: RecommendationsIssue[] = await db.getRepository(RecommendationsIssue).createQueryBuilder("issue").where("issue.review_id = ANY(:ids)", { ids: [...ids] }).getMany();
      return ids.map((id) => issues.find((issue) => issue.reviewId === id) ?? null);
    }),
  };
}

declare module "../kernel/context" {
  interface Loaders extends ReturnType<typeof createRecommendationsLoaders> {}
}
