import { requirePermission } from "../kernel/access/require-permission";
import { addCalendarDays, calendarDate } from "../kernel/calendar/calendar-date";
import { atLondonTime } from "../kernel/calendar/london-time";
import type { RequestScope } from "../kernel/context";
import { badUserInput } from "../kernel/errors";
import { type FeedbackCommentQuestion, FeedbackQuestion, FeedbackRating } from "./feedback-answers";
import { FeedbackRespondent } from "./feedback-respondent";
import { FeedbackFigures, MOST_SHARED_COMMENTS, type FeedbackFiguresInput } from "./feedback.types";

/** The questions on a scale as the feedback table's columns, and the comments likewise: the SQL below names them once. */
const RATED_COLUMNS: Readonly<Record<FeedbackQuestion, string>> = {
  LISTENED_TO: "listened_to",
  VIEWS_TAKEN_INTO_ACCOUNT: "views_taken_into_account",
  WELL_ORGANISED: "well_organised",
  YOUNG_PERSON_AT_THE_CENTRE: "young_person_at_the_centre",
};
const COMMENT_COLUMNS: Readonly<Record<FeedbackCommentQuestion, string>> = {
  KEEP_THE_SAME: "keep_the_same",
  CHANGE: "change",
  ANYTHING_ELSE: "anything_else",
};
/** `(question, value)` rows for a lateral join, one per column. */
const asValues = (columns: Readonly<Record<string, string>>, cast = "") =>
  Object.entries(columns)
    .map(([question, column]) => `('${question}', f.${column}${cast})`)
    .join(", ");

/**
 * The forms asked for on the reviews held in the range ($1 to $2), of one IRO ($3) or all: each attendee asked for
 * feedback is one form sent, and returned once sent back (`sentBack` keeps those only). `also` joins more, such as a
 * lateral list of answers. Every count is made in SQL, as a manager's range may hold thousands of forms; row-level
 * security keeps it to the caller's authority.
 */
function asked(options: { sentBack?: boolean; everyIro?: boolean; also?: string }): string {
  return `FROM review_attendee a JOIN review r ON r.id = a.review_id
    ${options.sentBack ? "JOIN" : "LEFT JOIN"} feedback f ON f.attendee_id = a.id AND f.submitted_at IS NOT NULL
    ${options.also ?? ""}
    WHERE a.feedback_asked AND r.scheduled_for >= $1 AND r.scheduled_for < $2
      ${options.everyIro ? "" : "AND ($3::uuid IS NULL OR a.iro_person_id = $3::uuid)"}`;
}

/** The first instant of `from` and of the day after `to`, in London; refused when the range runs backwards. */
function rangeOf(input: FeedbackFiguresInput): [Date, Date] {
  const from = calendarDate(input.from);
  const to = calendarDate(input.to);
  if (to < from) throw badUserInput([{ field: "to", code: "CONFLICTING", message: "The last day must be on or after the first day." }]);
  return [atLondonTime(from, "00:00"), atLondonTime(addCalendarDays(to, 1), "00:00")];
}

export async function feedbackFigures(scope: RequestScope, input: FeedbackFiguresInput): Promise<FeedbackFigures> {
  requirePermission(scope, "read:feedback-figures:any");
  const [from, until] = rangeOf(input);
  const values = [from, until, input.iroPersonId ?? null];
  const [returns, ratings, comments, iros] = await Promise.all([
    scope.db.query(`SELECT a.respondent, count(*)::int AS sent, count(f.id)::int AS returned ${asked({})} GROUP BY a.respondent`, values) as Promise<
      { respondent: FeedbackRespondent; sent: number; returned: number }[]
    >,
    scope.db.query(
      `SELECT answer.question, answer.rating, count(*)::int AS count
         ${asked({ sentBack: true, also: `CROSS JOIN LATERAL (VALUES ${asValues(RATED_COLUMNS, "::text")}) AS answer(question, rating)` })}
         AND answer.rating IS NOT NULL
       GROUP BY answer.question, answer.rating`,
      values,
    ) as Promise<{ question: FeedbackQuestion; rating: FeedbackRating; count: number }[]>,
    // Only comments whose writers said yes to sharing ever leave the database for a manager.
    scope.db.query(
      `SELECT a.respondent, comment.question, comment.text, f.submitted_at
         ${asked({ sentBack: true, also: `CROSS JOIN LATERAL (VALUES ${asValues(COMMENT_COLUMNS)}) AS comment(question, text)` })}
         AND f.may_quote AND comment.text IS NOT NULL
       ORDER BY f.submitted_at DESC, f.id, comment.question LIMIT ${MOST_SHARED_COMMENTS}`,
      values,
    ) as Promise<{ respondent: FeedbackRespondent; question: FeedbackCommentQuestion; text: string; submitted_at: Date }[]>,
    scope.db.query(
      `SELECT a.iro_person_id, min(i.first_name || ' ' || i.last_name) AS iro_name, count(*)::int AS sent, count(f.id)::int AS returned
         ${asked({ everyIro: true, also: "JOIN person i ON i.id = a.iro_person_id" })}
       GROUP BY a.iro_person_id ORDER BY iro_name, a.iro_person_id`,
      values.slice(0, 2),
    ) as Promise<{ iro_person_id: string; iro_name: string; sent: number; returned: number }[]>,
  ]);
  const byKind = new Map(returns.map((row) => [row.respondent, row]));
  const counted = new Map(ratings.map((row) => [`${row.question}:${row.rating}`, row.count]));
  return Object.assign(new FeedbackFigures(), {
    returns: Object.values(FeedbackRespondent).map((respondent) => ({ respondent, sent: byKind.get(respondent)?.sent ?? 0, returned: byKind.get(respondent)?.returned ?? 0 })),
    ratings: Object.values(FeedbackQuestion).flatMap((question) =>
      Object.values(FeedbackRating).map((rating) => ({ question, rating, count: counted.get(`${question}:${rating}`) ?? 0 })),
    ),
    sharedComments: comments.map((row) => ({ respondent: row.respondent, question: row.question, text: row.text, submittedAt: row.submitted_at })),
    iros: iros.map((row) => ({ iroPersonId: row.iro_person_id, iroName: row.iro_name, sent: row.sent, returned: row.returned })),
  });
}
