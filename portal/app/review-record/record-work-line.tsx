import { Link } from "@remix-run/react";
import { formatPlainDate } from "~/format/dates";
import type { ReviewTimeliness } from "~/graphql/generated/graphql";
import { t } from "~/messages/messages";
import { DeadlineLine } from "./deadline-line";
import { heldReviewPath } from "./paths";

type Deadline = { dueOn: string; doneAt: string | null; timeliness: ReviewTimeliness | null; doneOnTime: boolean | null };
export type RecordWork = {
  reviewId: string | null;
  scheduledFor: string | null;
  recommendations: Deadline | null;
  record: Deadline | null;
  openQuestions: number;
  questionReviewId: string | null;
};

/** Whether anything is still owed after the last review: work not done, or a question not answered. */
export const isOwed = (work: RecordWork | null): work is RecordWork =>
  Boolean(work && (work.openQuestions > 0 || (work.recommendations && !work.recommendations.doneAt) || (work.record && !work.record.doneAt)));

/** On the caseload: what the IRO owes after a young person's last review, until it is done and every question answered. */
export function RecordWorkLine({ youngPersonId, firstName, work }: { youngPersonId: string; firstName: string; work: RecordWork }) {
  return (
    <span className="young-people__record">
      {work.scheduledFor && work.reviewId ? (
        <>
          {t("caseload.record.title", { date: formatPlainDate(work.scheduledFor) })}{" "}
          {work.recommendations ? <DeadlineLine label="heldReview.recommendationsDue" deadline={work.recommendations} /> : null}
          {" · "}
          {work.record ? <DeadlineLine label="heldReview.recordDue" deadline={work.record} /> : null}{" "}
          <Link to={heldReviewPath(youngPersonId, work.reviewId)}>
            {t("caseload.record.open")}
            <span className="visually-hidden"> {t("caseload.record.openFor", { date: formatPlainDate(work.scheduledFor), firstName })}</span>
          </Link>
        </>
      ) : null}
      {work.openQuestions > 0 && work.questionReviewId ? (
        <>
          {" "}
          <span className="young-people__questions">{work.openQuestions === 1 ? t("caseload.record.questions.one") : t("caseload.record.questions.other", { count: String(work.openQuestions) })}</span>{" "}
          <Link to={`${heldReviewPath(youngPersonId, work.questionReviewId)}#questions-title`}>
            {t("caseload.record.answer")}
            <span className="visually-hidden"> {t("caseload.record.answerFor", { firstName })}</span>
          </Link>
        </>
      ) : null}
    </span>
  );
}
