import { formatDate, formatDay, formatTime } from "~/format/dates";
import type { ArrangeReviewQuery, ReviewFormat } from "~/graphql/generated/graphql";
import { t } from "~/messages/messages";
import { ARRANGE_INTENTS, type ArrangeIntent } from "./arrange-form";

type YoungPerson = ArrangeReviewQuery["youngPerson"];
export type PlannedReview = NonNullable<YoungPerson["plannedReview"]>;
export type ReviewDue = NonNullable<YoungPerson["reviewDue"]>;
type ReviewChange = PlannedReview["history"][number];

/** The IRO's page of a young person's next review, and the pages for arranging it. */
export const reviewPath = (youngPersonId: string) => `/young-people/${encodeURIComponent(youngPersonId)}/review`;
export const arrangePath = (youngPersonId: string) => `${reviewPath(youngPersonId)}/arrange`;
export const cancelPath = (youngPersonId: string) => `${reviewPath(youngPersonId)}/cancel`;

/** "Monday 4 May 2026 at 4:30pm", London time. */
export const startInWords = (instant: string) => t("arrange.at", { date: formatDate(instant), time: formatTime(instant) });

/**
 * The forms the page offers. With nothing planned, only planning one. A planned review can be moved, can change how
 * and where it meets, or can be cancelled; once its start has passed it can also be recorded as held, or adjourned if
 * it began but could not finish.
 */
export function formsFor(review: Pick<PlannedReview, "scheduledFor"> | null, now: Date): ArrangeIntent[] {
  if (!review) return ["schedule"];
  if (new Date(review.scheduledFor).getTime() > now.getTime()) return ["reschedule", "rearrange", "cancel"];
  return ["held", "adjourn", "reschedule", "rearrange", "cancel"];
}

/** "Online" or "In person, at Oak Lodge". */
export function meetingInWords(format: ReviewFormat, venue: string | null): string {
  const how = t(`arrange.format.${format}`);
  return venue ? t("arrange.meetsAt", { how, venue }) : how;
}

/** When the next review is due by law and how close that is (the review planned counts: the API says if it is late), in words. */
export function dueLines(due: ReviewDue): { dueBy: string; lines: string[] } {
  return {
    dueBy: t("arrange.due.on", { date: formatDay(due.dueOn) }),
    lines: [t(`arrange.due.${due.timeliness}`), t(`arrange.due.sequence.${due.sequence}`)],
  };
}

/** One thing that happened to the review, as the IRO reads it. */
export type HistoryEntry = { id: string; what: string; byWhom: string; reason: string | null };

function whatHappened({ kind, startBefore, startAfter, formatBefore, formatAfter, venueBefore, venueAfter }: ReviewChange): string {
  if (kind === "REARRANGED" && formatBefore && formatAfter) {
    return t("arrange.history.REARRANGED", { before: meetingInWords(formatBefore, venueBefore ?? null), after: meetingInWords(formatAfter, venueAfter ?? null) });
  }
  const starts = { before: startBefore ? startInWords(startBefore) : "", after: startAfter ? startInWords(startAfter) : "" };
  return t(`arrange.history.${kind}`, starts);
}

/** The review's history, newest first: what happened, who did it and when, and why. */
export function historyEntries(history: readonly ReviewChange[]): HistoryEntry[] {
  return [...history]
    .sort((a, b) => new Date(b.occurredAt).getTime() - new Date(a.occurredAt).getTime())
    .map((change) => {
      const when = { date: formatDate(change.occurredAt), time: formatTime(change.occurredAt) };
      return {
        id: change.id,
        what: whatHappened(change),
        byWhom: change.changedBy ? t("arrange.history.by", { name: change.changedBy.firstName, ...when }) : t("arrange.history.byUnknown", when),
        reason: change.reason ? t("arrange.history.reason", { reason: change.reason }) : null,
      };
    });
}

/** After a change the page comes back with `?done=<intent>`, and says what was done. */
export const doneSearch = (intent: ArrangeIntent) => `?done=${intent}`;

export function doneNotice(done: string | null, firstName: string): string | null {
  const intent = ARRANGE_INTENTS.find((each) => each === done);
  return intent ? t(`arrange.done.${intent}`, { firstName }) : null;
}
