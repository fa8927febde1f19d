import type { FeedbackFiguresQuery } from "~/graphql/generated/graphql";
import { t } from "~/messages/messages";

export type Figures = FeedbackFiguresQuery["feedbackFigures"];

/** "2 of 3 (67%)"-style rate as a whole percentage; null with nothing sent. */
export const returnRate = (sent: number, returned: number): number | null => (sent === 0 ? null : Math.round((returned / sent) * 100));

const QUESTION_KEYS = { LISTENED_TO: "listenedTo", VIEWS_TAKEN_INTO_ACCOUNT: "viewsTakenIntoAccount", WELL_ORGANISED: "wellOrganised", YOUNG_PERSON_AT_THE_CENTRE: "youngPersonAtTheCentre" } as const;
const COMMENT_KEYS = { KEEP_THE_SAME: "keepTheSame", CHANGE: "change", ANYTHING_ELSE: "anythingElse" } as const;

export const questionWords = (question: Figures["ratings"][number]["question"]) => t(`feedback.question.${QUESTION_KEYS[question]}`, { firstName: t("figures.theYoungPerson") });
export const commentWords = (question: Figures["sharedComments"][number]["question"]) => t(`feedback.comment.${COMMENT_KEYS[question]}`);
