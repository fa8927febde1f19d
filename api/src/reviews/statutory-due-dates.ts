import { type CalendarDate, addCalendarMonths, toDayNumber } from "../kernel/calendar/calendar-date";
import { addWorkingDays } from "../kernel/calendar/working-days";

/**
 * Timescales from regulation 33 of the Care Planning, Placement and Case Review (England) Regulations 2010: the first
 * review within 20 working days of the child becoming looked after, the second not more than 3 months after the
 * first, and each later one not more than 6 months after the one before.
 *
 * "Within" includes the last day: a first review on the 20th working day is on time, and so is a second review on
 * the same day of the month 3 months after the first (or that month's last day when it is shorter; see
 * addCalendarMonths). A due date counted in months is not moved off a weekend or bank holiday, because the
 * regulation does not move it: such a review has to be held on a working day before. Later timescales run from the
 * day a review was actually held, not from when it was due, as the regulation says.
 */
const FIRST_REVIEW_WITHIN_WORKING_DAYS = 20;
const SECOND_REVIEW_WITHIN_MONTHS = 3;
const LATER_REVIEW_WITHIN_MONTHS = 6;

/** As the statistical returns count them. */
export type ReviewSequence = "FIRST" | "SECOND" | "SUBSEQUENT";

export interface ReviewDueDate {
  sequence: ReviewSequence;
  /** The last day on which the review is held on time. */
  dueOn: CalendarDate;
  /** The day the timescale runs from: the start of the period of care, or the latest review held. */
  countedFrom: CalendarDate;
}

/** A review from before the period of care began belongs to an earlier period, whose sequence does not carry over. */
export class ReviewBeforePeriodStartError extends Error {
  readonly code = "REVIEW_BEFORE_PERIOD_START";

  constructor(
    readonly heldOn: CalendarDate,
    readonly periodStart: CalendarDate,
  ) {
    super(`A review held on ${heldOn} cannot belong to a period of care that started on ${periodStart}.`);
    this.name = "ReviewBeforePeriodStartError";
  }
}

/**
 * When the next review of a period of care is due. `previousReviews` are the days on which this period's reviews
 * were held, in any order, one per review: a new period of care starts the sequence again at FIRST.
 */
export function dueDateFor({
  periodStart,
  previousReviews,
}: {
  periodStart: CalendarDate;
  previousReviews: readonly CalendarDate[];
}): ReviewDueDate {
  const early = previousReviews.find((heldOn) => toDayNumber(heldOn) < toDayNumber(periodStart));
  if (early) throw new ReviewBeforePeriodStartError(early, periodStart);

  const latest = previousReviews.reduce<CalendarDate | undefined>(
    (found, heldOn) => (found && toDayNumber(found) >= toDayNumber(heldOn) ? found : heldOn),
    undefined,
  );
  if (!latest) {
    return {
      sequence: "FIRST",
      countedFrom: periodStart,
      dueOn: addWorkingDays(periodStart, FIRST_REVIEW_WITHIN_WORKING_DAYS),
    };
  }
  if (previousReviews.length === 1) {
    return { sequence: "SECOND", countedFrom: latest, dueOn: addCalendarMonths(latest, SECOND_REVIEW_WITHIN_MONTHS) };
  }
  return { sequence: "SUBSEQUENT", countedFrom: latest, dueOn: addCalendarMonths(latest, LATER_REVIEW_WITHIN_MONTHS) };
}

export function isOnTime(heldOn: CalendarDate, dueOn: CalendarDate): boolean {
  return toDayNumber(heldOn) <= toDayNumber(dueOn);
}
