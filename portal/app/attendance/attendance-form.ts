import type { FeedbackRespondent } from "~/graphql/generated/graphql";
import type { FeedbackDraft } from "~/feedback/feedback-form";

/** How many people outside the network the form offers to name at once. */
export const OTHER_ROWS = [1, 2] as const;
export const RESPONDENTS = [
  "PARENT",
  "FOSTER_OR_KINSHIP_CARER",
  "RESIDENTIAL_CARER",
  "SOCIAL_WORKER",
  "SUPERVISING_SOCIAL_WORKER",
  "OTHER_PROFESSIONAL",
] as const satisfies readonly FeedbackRespondent[];

export type Candidate = { personId: string; name: string; relationship: string | null };
export type AttendeeRow = { id: string; name: string; respondent: FeedbackRespondent; state: string; feedback: { submittedAt: string; answers: FeedbackDraft } | null };
export type AttendancePage = {
  isIro: boolean;
  firstName: string;
  review: { id: string; scheduledFor: string } | null;
  attendees: AttendeeRow[];
  candidates: Candidate[];
};

export type MadeFeedbackLink = { name: string; url: string };
