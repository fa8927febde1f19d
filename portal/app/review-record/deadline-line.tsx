import { formatDay, formatPlainDate } from "~/format/dates";
import type { ReviewTimeliness } from "~/graphql/generated/graphql";
import { t, type MessageId } from "~/messages/messages";

type Deadline = { dueOn: string; doneAt?: string | null; timeliness?: ReviewTimeliness | null; doneOnTime?: boolean | null };

/** "Record: due by Monday 27 April 2026" with how close it is, or when it was done and whether on time: said in words, not colour alone. */
export function DeadlineLine({ label, deadline }: { label: MessageId; deadline: Deadline }) {
  const tag = deadline.doneAt
    ? { className: deadline.doneOnTime ? "tag tag--on_time" : "tag tag--overdue", words: t(deadline.doneOnTime ? "deadline.doneOnTime" : "deadline.doneLate") }
    : { className: `tag tag--${(deadline.timeliness ?? "ON_TIME").toLowerCase()}`, words: t(`deadline.${deadline.timeliness ?? "ON_TIME"}`) };
  return (
    <>
      {t(label, { date: formatDay(deadline.dueOn) })} <span className={tag.className}>{tag.words}</span>
      {deadline.doneAt ? <> {t(deadline.doneOnTime ? "heldReview.doneOnTime" : "heldReview.doneLate", { date: formatPlainDate(deadline.doneAt) })}</> : null}
    </>
  );
}
