import { Field, ObjectType, registerEnumType } from "type-graphql";
import { LocalDateResolver } from "graphql-scalars";
import { calendarDate, toDayNumber, type CalendarDate } from "../kernel/calendar/calendar-date";
import { dueDateFor, type ReviewSequence } from "./statutory-due-dates";
import { addWorkingDays } from "../kernel/calendar/working-days";

export enum ReviewTimeliness {
  ON_TIME = "ON_TIME",
  DUE_SOON = "DUE_SOON",
  OVERDUE = "OVERDUE",
  PLANNED_LATE = "PLANNED_LATE",
}
registerEnumType(ReviewTimeliness, {
  name: "ReviewTimeliness",
  valuesConfig: {
    ON_TIME: { description: "More than ten working days before the review is due." },
    DUE_SOON: { description: "Due within ten working days." },
    OVERDUE: { description: "Past the date it was due." },
    PLANNED_LATE: { description: "Not due yet, but the review planned is for after the day it is due." },
  },
});

enum Sequence {
  FIRST = "FIRST",
  SECOND = "SECOND",
  SUBSEQUENT = "SUBSEQUENT",
}
registerEnumType(Sequence, { name: "ReviewSequence", description: "First, second or a later review of this period of care." });

/** A review is due soon within this many working days of the day it is due. */
const DUE_SOON_WITHIN_WORKING_DAYS = 10;

@ObjectType({ description: "When a young person's next review is due by law, and how close that is." })
export class ReviewDue {
  @Field(() => Sequence)
  sequence: ReviewSequence;

  @Field(() => LocalDateResolver, { description: "The last day on which the review is on time." })
  dueOn: CalendarDate;

  @Field(() => ReviewTimeliness)
  timeliness: ReviewTimeliness;
}

/**
 * The first day on which something due then is no longer due soon: the day after the `within`th working day from
 * today (the tenth for a review), as lists filtering in SQL need it (review-timeliness-filter.ts).
 */
export function dueSoonEndsOn(today: CalendarDate, within = DUE_SOON_WITHIN_WORKING_DAYS): CalendarDate {
  return addWorkingDays(today, within + 1);
}

/**
 * `plannedOn` is the London date of the review planned next, if there is one. Other deadlines counted in working days
 * (a review's recommendations and record) are judged by the same rule, with a due-soon window of their own (`within`).
 */
export function timelinessOn(
  today: CalendarDate,
  dueOn: CalendarDate,
  plannedOn: CalendarDate | null = null,
  within = DUE_SOON_WITHIN_WORKING_DAYS,
): ReviewTimeliness {
  if (toDayNumber(today) > toDayNumber(dueOn)) return ReviewTimeliness.OVERDUE;
  // A review on the calendar says nothing about being on time if it is held after the day the law allows.
  if (plannedOn && toDayNumber(plannedOn) > toDayNumber(dueOn)) return ReviewTimeliness.PLANNED_LATE;
  return toDayNumber(dueOn) < toDayNumber(dueSoonEndsOn(today, within)) ? ReviewTimeliness.DUE_SOON : ReviewTimeliness.ON_TIME;
}

/** The next review's due date for the current period of care, from the days its reviews were held and the one planned. */
export function reviewDue(periodStart: string, heldOn: readonly string[], plannedOn: string | null, today: CalendarDate): ReviewDue {
  const due = dueDateFor({ periodStart: calendarDate(periodStart), previousReviews: heldOn.map(calendarDate) });
  const timeliness = timelinessOn(today, due.dueOn, plannedOn ? calendarDate(plannedOn) : null);
  return Object.assign(new ReviewDue(), { sequence: due.sequence, dueOn: due.dueOn, timeliness });
}
