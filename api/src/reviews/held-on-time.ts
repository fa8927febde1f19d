import type { EntityManager } from "typeorm";
import { londonDateAfter } from "../kernel/calendar/london-time";
import { calendarDate, type CalendarDate } from "../kernel/calendar/calendar-date";
import { dueDateFor, isOnTime } from "./statutory-due-dates";

/** Whether a review held on `heldOn` met the due date set by its period of care and that period's reviews held before it. */
export function wasHeldOnTime(periodStart: CalendarDate, heldBefore: readonly CalendarDate[], heldOn: CalendarDate): boolean {
  return isOnTime(heldOn, dueDateFor({ periodStart, previousReviews: heldBefore }).dueOn);
}

/**
 * The same, for a review being recorded as held on the day it started (in London, as the law counts days): from the
 * period of care that day falls in. Null when no period of care covers it, as nothing was due then.
 */
export async function heldOnTime(db: EntityManager, review: { youngPersonId: string; scheduledFor: Date }): Promise<boolean | null> {
  const heldOn = calendarDate(londonDateAfter(review.scheduledFor, 0));
  const [period]: { starts_on: string; held_before: string[] }[] = await db.query(
    `SELECT p.starts_on::text AS starts_on,
            coalesce(array_agg((r.scheduled_for AT TIME ZONE 'Europe/London')::date::text) FILTER (WHERE r.id IS NOT NULL), '{}') AS held_before
       FROM care_period p
       LEFT JOIN review r ON r.young_person_id = p.young_person_id AND r.status = 'HELD' AND r.scheduled_for < $2
        AND (r.scheduled_for AT TIME ZONE 'Europe/London')::date >= p.starts_on
      WHERE p.young_person_id = $1 AND p.starts_on <= $3::date AND (p.ends_on IS NULL OR p.ends_on >= $3::date)
      GROUP BY p.id, p.starts_on
      ORDER BY p.starts_on DESC
      LIMIT 1`,
    [review.youngPersonId, review.scheduledFor, heldOn],
  );
  return period ? wasHeldOnTime(calendarDate(period.starts_on), period.held_before.map(calendarDate), heldOn) : null;
}
