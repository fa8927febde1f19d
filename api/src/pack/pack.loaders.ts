import DataLoader from "dataloader";
import type { EntityManager } from "typeorm";

/** What the pack's header adds to the review and the young person. */
export type PackHeader = Readonly<{ readUpTo: Date | null; iroName: string | null }>;
export type PackHeaderKey = Readonly<{ reviewId: string; youngPersonId: string; readerAccountId: string }>;

export function createPackLoaders(db: EntityManager) {
  return {
    /** How far the reader last said they had read each pack, and the young person's IRO now: one statement for the batch. */
    packHeader: new DataLoader<PackHeaderKey, PackHeader, string>(
      async (keys) => {
        const rows: { read_up_to: Date | null; iro_name: string | null }[] = await db.query(
          `SELECT (SELECT max(r.read_up_to) FROM pack_reading r WHERE r.review_id = k.review_id AND r.account_id = k.account_id) AS read_up_to,
                  (SELECT p.first_name || ' ' || p.last_name FROM iro_allocation a JOIN person p ON p.id = a.iro_person_id
                    WHERE a.young_person_id = k.young_person_id AND a.ends_at IS NULL) AS iro_name
             FROM unnest($1::uuid[], $2::uuid[], $3::uuid[]) WITH ORDINALITY AS k(review_id, young_person_id, account_id, n)
            ORDER BY k.n`,
          [keys.map((key) => key.reviewId), keys.map((key) => key.youngPersonId), keys.map((key) => key.readerAccountId)],
        );
        return rows.map((row) => ({ readUpTo: row.read_up_to, iroName: row.iro_name }));
      },
      { cacheKeyFn: (key) => `${key.reviewId}:${key.readerAccountId}` },
    ),
  };
}

declare module "../kernel/context" {
  interface Loaders extends ReturnType<typeof createPackLoaders> {}
}
