import type { CalendarDate } from "../kernel/calendar/calendar-date";
import { ReviewTimeliness, dueSoonEndsOn } from "./review-due";

/**
 * timelinessOn as a SQL condition on a young person's kept due date (ADR 013), for lists that filter by it. `dueOn`
 * is the column, `youngPersonId` the young person's id column; bind :today and :dueSoonEndsOn with `timelinessParameters`.
 */
export function timelinessCondition(timeliness: ReviewTimeliness, dueOn: string, youngPersonId: string): string {
  const plannedLate = `EXISTS (SELECT 1 FROM review planned WHERE planned.young_person_id = ${youngPersonId} AND planned.status = 'PLANNED'
    AND (planned.scheduled_for AT TIME ZONE 'Europe/London')::date > ${dueOn})`;
  switch (timeliness) {
    case ReviewTimeliness.OVERDUE:
      return `${dueOn} < :today`;
    case ReviewTimeliness.PLANNED_LATE:
      return `${dueOn} >= :today AND ${plannedLate}`;
    case ReviewTimeliness.DUE_SOON:
      return `${dueOn} >= :today AND ${dueOn} < :dueSoonEndsOn AND NOT ${plannedLate}`;
    case ReviewTimeliness.ON_TIME:
      return `${dueOn} >= :dueSoonEndsOn AND NOT ${plannedLate}`;
  }
}

export function timelinessParameters(today: CalendarDate): { today: CalendarDate; dueSoonEndsOn: CalendarDate } {
  return { today, dueSoonEndsOn: dueSoonEndsOn(today) };
}
