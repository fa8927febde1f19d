import { requirePermission } from "../kernel/access/require-permission";
import { addCalendarDays, calendarDate } from "../kernel/calendar/calendar-date";
import { atLondonTime } from "../kernel/calendar/london-time";
import type { RequestScope } from "../kernel/context";
import { badUserInput } from "../kernel/errors";
import { decodeCursor, isTimestamp, isUuid, toPage, type PageArgs } from "../kernel/pagination";
import { type FeedbackCommentQuestion, FeedbackQuestion, FeedbackRating } from "./feedback-answers";
import { FeedbackRespondent } from "./feedback-respondent";
import {
  FeedbackFigures,
  type FeedbackFiguresInput,
  type FeedbackRatingCount,
  type FeedbackReturns,
  type FiguresAsked,
  type IroFeedbackReturns,
  type SharedFeedbackCommentPage,
} from "./feedback.types";

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
/** `(place, question, value)` rows for a lateral join, one per column, in the form's order. */
const asValues = (columns: Readonly<Record<string, string>>, cast = "") =>
  Object.entries(columns)
    .map(([question, column], index) => `(${index + 1}, '${question}', f.${column}${cast})`)
    .join(", ");

/**
 * The forms asked for on the reviews held in the range ($1 to $2), of one IRO ($3) or all: each attendee asked for
 * feedback is one form sent, and returned once sent back (`sentBack` keeps those only). `also` joins more, such as a
 * lateral list of answers. Every count is made in SQL, as a manager's range may hold thousands of forms; row-level
 * security keeps it to the caller's authority.
 */
function sentOn(options: { sentBack?: boolean; everyIro?: boolean; also?: string }): string {
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

/** The figures for a range, once the caller may read them: each part is counted when it is asked for. */
export function feedbackFigures(scope: RequestScope, input: FeedbackFiguresInput): FeedbackFigures {
  requirePermission(scope, "read:feedback-figures:any");
  const [from, until] = rangeOf(input);
  return Object.assign(new FeedbackFigures(), { asked: { from, until, iroPersonId: input.iroPersonId ?? null } });
}

const valuesOf = ({ from, until, iroPersonId }: FiguresAsked) => [from, until, iroPersonId];

/** Every kind of respondent, in order, with zeros. */
export async function figureReturns(scope: RequestScope, asked: FiguresAsked): Promise<FeedbackReturns[]> {
  requirePermission(scope, "read:feedback-figures:any");
  const rows: { respondent: FeedbackRespondent; sent: number; returned: number }[] = await scope.db.query(
    `SELECT a.respondent, count(*)::int AS sent, count(f.id)::int AS returned ${sentOn({})} GROUP BY a.respondent`,
    valuesOf(asked),
  );
  const byKind = new Map(rows.map((row) => [row.respondent, row]));
  return Object.values(FeedbackRespondent).map((respondent) => ({ respondent, sent: byKind.get(respondent)?.sent ?? 0, returned: byKind.get(respondent)?.returned ?? 0 }));
}

/** Every question and rating, in order, with zeros. */
export async function figureRatings(scope: RequestScope, asked: FiguresAsked): Promise<FeedbackRatingCount[]> {
  requirePermission(scope, "read:feedback-figures:any");
  const rows: { question: FeedbackQuestion; rating: FeedbackRating; count: number }[] = await scope.db.query(
    `SELECT answer.question, answer.rating, count(*)::int AS count
       ${sentOn({ sentBack: true, also: `CROSS JOIN LATERAL (VALUES ${asValues(RATED_COLUMNS, "::text")}) AS answer(place, question, rating)` })}
       AND answer.rating IS NOT NULL
     GROUP BY answer.question, answer.rating`,
    valuesOf(asked),
  );
  const counted = new Map(rows.map((row) => [`${row.question}:${row.rating}`, row.count]));
  return Object.values(FeedbackQuestion).flatMap((question) =>
    Object.values(FeedbackRating).map((rating) => ({ question, rating, count: counted.get(`${question}:${rating}`) ?? 0 })),
  );
}

/** Each IRO with forms sent in the range, for the whole service, by name. */
export async function figureIros(scope: RequestScope, asked: FiguresAsked): Promise<IroFeedbackReturns[]> {
  requirePermission(scope, "read:feedback-figures:any");
  const rows: { iro_person_id: string; iro_name: string; sent: number; returned: number }[] = await scope.db.query(
    `SELECT a.iro_person_id, min(i.first_name || ' ' || i.last_name) AS iro_name, count(*)::int AS sent, count(f.id)::int AS returned
       ${sentOn({ everyIro: true, also: "JOIN person i ON i.id = a.iro_person_id" })}
     GROUP BY a.iro_person_id ORDER BY iro_name, a.iro_person_id`,
    valuesOf(asked).slice(0, 2),
  );
  return rows.map((row) => ({ iroPersonId: row.iro_person_id, iroName: row.iro_name, sent: row.sent, returned: row.returned }));
}

const isPlace = (part: string) => /^[1-9]$/.test(part);

/**
 * A page of the comments whose writers agreed to share them, newest form first and each form's in the form's order;
 * only those ever leave the database for a manager.
 */
export async function sharedComments(scope: RequestScope, asked: FiguresAsked, page: PageArgs): Promise<SharedFeedbackCommentPage> {
  requirePermission(scope, "read:feedback-figures:any");
  const [submittedAt = null, feedbackId = null, place = null] = page.after ? decodeCursor(page.after, [isTimestamp, isUuid, isPlace]) : [];
  const rows: { respondent: FeedbackRespondent; question: FeedbackCommentQuestion; text: string; submitted_at: Date; id: string; place: number }[] =
    await scope.db.query(
      `SELECT a.respondent, comment.question, comment.text, f.submitted_at, f.id, comment.place
         ${sentOn({ sentBack: true, also: `CROSS JOIN LATERAL (VALUES ${asValues(COMMENT_COLUMNS)}) AS comment(place, question, text)` })}
         AND f.may_quote AND comment.text IS NOT NULL
         AND ($4::timestamptz IS NULL OR (f.submitted_at, f.id) < ($4::timestamptz, $5::uuid)
              OR ((f.submitted_at, f.id) = ($4::timestamptz, $5::uuid) AND comment.place > $6::int))
       ORDER BY f.submitted_at DESC, f.id DESC, comment.place
       LIMIT $7`,
      [...valuesOf(asked), submittedAt, feedbackId, place, page.first + 1],
    );
  const { items, nextCursor } = toPage(rows, page.first, (row) => [row.submitted_at.toISOString(), row.id, String(row.place)]);
  return { items: items.map((row) => ({ respondent: row.respondent, question: row.question, text: row.text, submittedAt: row.submitted_at })), nextCursor };
}
