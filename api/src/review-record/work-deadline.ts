import { DateTimeISOResolver, LocalDateResolver } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import { calendarDate, toDayNumber, type CalendarDate } from "../kernel/calendar/calendar-date";
import { londonDateAfter } from "../kernel/calendar/london-time";
import { addWorkingDays } from "../kernel/calendar/working-days";
import { ReviewTimeliness, timelinessOn } from "../reviews/review-due";

/**
 * What the IRO owes after a review, counted in working days from the day it was held, as review dates are: its
 * recommendations within 5, its record within 15. Each is due soon within its own window, a third of its time.
 */
export const AFTER_THE_REVIEW = {
  recommendations: { withinWorkingDays: 5, dueSoonWithin: 2 },
  record: { withinWorkingDays: 15, dueSoonWithin: 5 },
} as const;
export type WorkAfterTheReview = keyof typeof AFTER_THE_REVIEW;

@ObjectType({ description: "A piece of work due a number of working days after a review: when it is due, and whether it was done in time." })
export class WorkDeadline {
  @Field(() => LocalDateResolver, { description: "The last working day on which it is on time." })
  dueOn: CalendarDate;

  @Field(() => DateTimeISOResolver, { nullable: true, description: "When it was done; null until then." })
  doneAt: Date | null;

  @Field(() => ReviewTimeliness, { nullable: true, description: "While it is not done: on time, due soon or overdue. Null once done." })
  timeliness: ReviewTimeliness | null;

  @Field(() => Boolean, { nullable: true, description: "Once done: whether it was done by the day it was due (London time). Null until then." })
  doneOnTime: boolean | null;
}

/** The London day a review was held on: the day it started. */
export const heldOn = (scheduledFor: Date): CalendarDate => calendarDate(londonDateAfter(scheduledFor, 0));

export function workDeadline(work: WorkAfterTheReview, scheduledFor: Date, doneAt: Date | null, now: Date = new Date()): WorkDeadline {
  const rule = AFTER_THE_REVIEW[work];
  const dueOn = addWorkingDays(heldOn(scheduledFor), rule.withinWorkingDays);
  const today = calendarDate(londonDateAfter(now, 0));
  return Object.assign(new WorkDeadline(), {
    dueOn,
    doneAt,
    timeliness: doneAt ? null : timelinessOn(today, dueOn, null, rule.dueSoonWithin),
    doneOnTime: doneAt ? toDayNumber(heldOn(doneAt)) <= toDayNumber(dueOn) : null,
  });
}
