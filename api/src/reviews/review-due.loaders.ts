import DataLoader from "dataloader";
import type { EntityManager } from "typeorm";
import { londonDateAfter } from "../kernel/calendar/london-time";
import { calendarDate } from "../kernel/calendar/calendar-date";
import { reviewDue, type ReviewDue } from "./review-due";

type PeriodRow = { young_person_id: string; starts_on: string };
type ReviewDayRow = { young_person_id: string; status: "HELD" | "PLANNED"; day: string };

/**
 * Each young person's due review, in two queries for the whole batch: their open period of care, and the reviews
 * held or planned in it (their London dates, as the law counts days).
 */
export function createReviewDueLoaders(db: EntityManager, now: () => Date = () => new Date()) {
  return {
    reviewDueByYoungPersonId: new DataLoader<string, ReviewDue | null>(async (youngPersonIds) => {
      const ids = [...youngPersonIds];
      // Asked together, so that both travel in one round trip (kernel/statement-pipeline.ts).
      const [periods, reviews] = await Promise.all([
        db.query<PeriodRow[]>(
          `SELECT DISTINCT ON (young_person_id) young_person_id, starts_on::text AS starts_on
             FROM care_period WHERE young_person_id = ANY($1) AND ends_on IS NULL
            ORDER BY young_person_id, starts_on DESC`,
          [ids],
        ),
        db.query<ReviewDayRow[]>(
          `SELECT r.young_person_id, r.status, (r.scheduled_for AT TIME ZONE 'Europe/London')::date::text AS day
             FROM review r
             JOIN care_period p ON p.young_person_id = r.young_person_id AND p.ends_on IS NULL
            WHERE r.young_person_id = ANY($1) AND r.status IN ('HELD', 'PLANNED')
              AND (r.scheduled_for AT TIME ZONE 'Europe/London')::date >= p.starts_on`,
          [ids],
        ),
      ]);
      const today = calendarDate(londonDateAfter(now(), 0));
      const startByYoungPerson = new Map(periods.map((period) => [period.young_person_id, period.starts_on]));
      const heldOnByYoungPerson = new Map<string, string[]>();
      // A young person has one planned review at most (a unique index).
      const plannedOnByYoungPerson = new Map<string, string>();
      for (const review of reviews) {
        if (review.status === "PLANNED") plannedOnByYoungPerson.set(review.young_person_id, review.day);
        else if (heldOnByYoungPerson.has(review.young_person_id)) heldOnByYoungPerson.get(review.young_person_id)!.push(review.day);
        else heldOnByYoungPerson.set(review.young_person_id, [review.day]);
      }
      return ids.map((id) => {
        const start = startByYoungPerson.get(id);
        if (!start) return null;
        return reviewDue(start, heldOnByYoungPerson.get(id) ?? [], plannedOnByYoungPerson.get(id) ?? null, today);
      });
    }),
  };
}

declare module "../kernel/context" {
  interface Loaders extends ReturnType<typeof createReviewDueLoaders> {}
}
