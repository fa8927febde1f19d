import DataLoader from "dataloader";
import { In, type EntityManager } from "typeorm";
import type { ParticipationCode } from "./conduct-options";
import { ReviewConduct } from "./review-conduct.entity";
import { ReviewRecordDraft } from "./review-record-draft.entity";
import { ReviewRecordOpening } from "./review-record-opening.entity";
import { ReviewRecordVersion } from "./review-record-version.entity";

/** One row a key, found in a batch's rows by `keyOf`; null where there is none. */
function oneEach<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): (T | null)[] {
  const byKey = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => byKey.get(key) ?? null);
}

export type Participation = Readonly<{ reviewId: string; scheduledFor: Date; code: ParticipationCode }>;

/** What is still owed on a young person's last held review, and their questions not yet answered. */
export type RecordWorkRow = Readonly<{
  reviewId: string | null;
  scheduledFor: Date | null;
  issuedAt: Date | null;
  completedAt: Date | null;
  openQuestions: number;
  questionReviewId: string | null;
}>;

/** How many of a young person's recorded reviews their participation history shows: the newest. */
export const PARTICIPATION_HISTORY_LENGTH = 6;

export function createReviewRecordLoaders(db: EntityManager) {
  return {
    reviewConductByReviewId: new DataLoader<string, ReviewConduct | null>(async (ids) =>
      oneEach(ids, await db.getRepository(ReviewConduct).findBy({ reviewId: In([...ids]) }), (row) => row.reviewId),
    ),
    /** Row-level security shows a draft to those who write the record only. */
    recordDraftByReviewId: new DataLoader<string, ReviewRecordDraft | null>(async (ids) =>
      oneEach(ids, await db.getRepository(ReviewRecordDraft).findBy({ reviewId: In([...ids]) }), (row) => row.reviewId),
    ),
    /** Each record's completed versions, newest first. */
    recordVersionsByReviewId: new DataLoader<string, ReviewRecordVersion[]>(async (ids) => {
      const versions = await db.getRepository(ReviewRecordVersion).find({ where: { reviewId: In([...ids]) }, order: { number: "DESC" } });
      return ids.map((id) => versions.filter((version) => version.reviewId === id));
    }),
    recordOpeningByReviewId: new DataLoader<string, ReviewRecordOpening | null>(async (ids) =>
      oneEach(ids, await db.getRepository(ReviewRecordOpening).findBy({ reviewId: In([...ids]) }), (row) => row.reviewId),
    ),
    /** Each young person's participation codes, from the reviews recorded, newest first. */
    participationByYoungPersonId: new DataLoader<string, Participation[]>(async (ids) => {
      const rows: { young_person_id: string; review_id: string; scheduled_for: Date; participation: ParticipationCode }[] = await db.query(
        `SELECT young_person_id, review_id, scheduled_for, participation FROM (
           SELECT c.young_person_id, c.review_id, r.scheduled_for, c.participation,
                  row_number() OVER (PARTITION BY c.young_person_id ORDER BY r.scheduled_for DESC) AS newest
             FROM review_conduct c JOIN review r ON r.id = c.review_id
            WHERE c.young_person_id = ANY($1::uuid[])) conduct
          WHERE newest <= $2
          ORDER BY scheduled_for DESC`,
        [[...ids], PARTICIPATION_HISTORY_LENGTH],
      );
      return ids.map((id) =>
        rows.filter((row) => row.young_person_id === id).map((row) => ({ reviewId: row.review_id, scheduledFor: row.scheduled_for, code: row.participation })),
      );
    }),
    /** For the caseload: each young person's last held review, what of it is done, and their questions not yet answered. */
    recordWorkByYoungPersonId: new DataLoader<string, RecordWorkRow>(async (ids) => {
      const rows: {
        review_id: string | null;
        scheduled_for: Date | null;
        issued_at: Date | null;
        completed_at: Date | null;
        open_questions: number;
        question_review_id: string | null;
      }[] = await db.query(
        `SELECT last.id AS review_id, last.scheduled_for,
                (SELECT i.issued_at FROM recommendations_issue i WHERE i.review_id = last.id) AS issued_at,
                (SELECT min(v.completed_at) FROM review_record_version v WHERE v.review_id = last.id) AS completed_at,
                (SELECT count(*) FROM record_question q WHERE q.young_person_id = k.id AND q.answered_at IS NULL)::int AS open_questions,
                (SELECT q.review_id FROM record_question q WHERE q.young_person_id = k.id AND q.answered_at IS NULL
                  ORDER BY q.asked_at LIMIT 1) AS question_review_id
           FROM unnest($1::uuid[]) WITH ORDINALITY AS k(id, n)
           LEFT JOIN LATERAL (SELECT r.id, r.scheduled_for FROM review r WHERE r.young_person_id = k.id AND r.status = 'HELD'
                               ORDER BY r.scheduled_for DESC LIMIT 1) last ON true
          ORDER BY k.n`,
        [[...ids]],
      );
      return rows.map((row) => ({
        reviewId: row.review_id,
        scheduledFor: row.scheduled_for,
        issuedAt: row.issued_at,
        completedAt: row.completed_at,
        openQuestions: row.open_questions,
        questionReviewId: row.question_review_id,
      }));
    }),
  };
}

declare module "../kernel/context" {
  interface Loaders extends ReturnType<typeof createReviewRecordLoaders> {}
}
