import type { FeedbackFiguresQuery } from "~/graphql/generated/graphql";
import { csvText } from "~/figures/csv";
import type { DateRange } from "~/figures/date-range";
import { t } from "~/messages/messages";

export type Figures = FeedbackFiguresQuery["feedbackFigures"];
export type SharedComment = Figures["sharedComments"]["items"][number];

/** "2 of 3 (67%)"-style rate as a whole percentage; null with nothing sent. */
export const returnRate = (sent: number, returned: number): number | null => (sent === 0 ? null : Math.round((returned / sent) * 100));

const QUESTION_KEYS = { LISTENED_TO: "listenedTo", VIEWS_TAKEN_INTO_ACCOUNT: "viewsTakenIntoAccount", WELL_ORGANISED: "wellOrganised", YOUNG_PERSON_AT_THE_CENTRE: "youngPersonAtTheCentre" } as const;
const COMMENT_KEYS = { KEEP_THE_SAME: "keepTheSame", CHANGE: "change", ANYTHING_ELSE: "anythingElse" } as const;

export const questionWords = (question: Figures["ratings"][number]["question"]) => t(`feedback.question.${QUESTION_KEYS[question]}`, { firstName: t("figures.theYoungPerson") });
export const commentWords = (question: SharedComment["question"]) => t(`feedback.comment.${COMMENT_KEYS[question]}`);

/** The same figures as the page, as CSV: one table after another, each with its heading row, and every shared comment. */
export function figuresCsv(figures: Figures, comments: readonly SharedComment[], range: DateRange): string {
  return csvText([
    [t("figures.title"), range.from, range.to],
    [],
    [t("figures.column.respondent"), t("figures.column.sent"), t("figures.column.returned"), t("figures.column.rate")],
    ...figures.returns.map(({ respondent, sent, returned }) => [t(`feedback.respondent.${respondent}`), sent, returned, returnRate(sent, returned) ?? ""]),
    [],
    [t("figures.ratings.title"), t("figures.column.answer"), t("figures.column.count")],
    ...figures.ratings.map(({ question, rating, count }) => [questionWords(question), t(`feedback.rating.${rating}`), count]),
    [],
    [t("figures.column.iro"), t("figures.column.sent"), t("figures.column.returned"), t("figures.column.rate")],
    ...figures.iros.map(({ iroName, sent, returned }) => [iroName, sent, returned, returnRate(sent, returned) ?? ""]),
    [],
    [t("figures.comments.title"), t("figures.column.respondent"), t("figures.column.answer")],
    ...comments.map(({ respondent, question, text }) => [commentWords(question), t(`feedback.respondent.${respondent}`), text]),
  ]);
}

export const figuresFilename = (range: DateRange) => `feedback-${range.from}-to-${range.to}.csv`;
