import { formatDay } from "~/format/dates";
import type { ReviewTimeliness } from "~/graphql/generated/graphql";
import { t } from "~/messages/messages";

/** "Due by 4 May 2026" and how close that is, where the API's timeliness shows: the caseload and a young person's review. */
export function ReviewDueLine({ due }: { due: { dueOn: string; timeliness: ReviewTimeliness } }) {
  return (
    <>
      {t("youngPeople.due", { date: formatDay(due.dueOn) })}{" "}
      <span className={`tag tag--${due.timeliness.toLowerCase()}`}>{t(`youngPeople.timeliness.${due.timeliness}`)}</span>
    </>
  );
}
