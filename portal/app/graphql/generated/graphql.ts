/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ActivateInvitationInput = {
  /** The invitation code, as typed. */
  code: string;
  passphrase: string;
  username: string;
};

/** A recommendation of a held review: who will do what, by when. Someone in the network, or a role. */
export type AddRecommendationInput = {
  /** What will be done. */
  action: string;
  /** The day it should be done by: the day of the review or later. */
  dueOn: string;
  /** Someone in the young person's network who is responsible; or give a role. */
  responsiblePersonId?: string | number | null | undefined;
  /** The role responsible, such as "the school", when it is not someone in the network. */
  responsibleRole?: string | null | undefined;
  reviewId: string | number;
};

export type AdjournReviewInput = {
  /** Why, for the record. Everyone who may see the review may read it. */
  reason: string;
  reviewId: string | number;
};

export type AnswerChoiceInput = {
  /** True when the IRO can do what the young person asked. */
  accepted: boolean;
  /** Needed when not accepted: why, in words the young person will read. */
  reason?: string | null | undefined;
  reviewId: string | number;
  topic: ChoiceTopic;
};

export type AnswerRecordQuestionInput = {
  answer: string;
  questionId: string | number;
};

/** A young person's short message to their IRO about their record. */
export type AskAboutReviewRecordInput = {
  kind: RecordQuestionKind;
  message: string;
  reviewId: string | number;
  /** A new UUID for each press of send: the same one again stores the message once. */
  submissionKey: string | number;
};

/** In person, online, or some of each. */
export type Attendance =
  | 'IN_PERSON'
  | 'MIXED'
  | 'ONLINE';

/** Someone who came: a person from the young person's network (or the young person), or anyone else by name and role. */
export type AttendeeInput = {
  /** Whether to ask them for feedback: a single-use link, or for the young person their form in the portal. */
  askForFeedback: boolean;
  /** Someone else's name, such as "Dr Amir Khan". */
  name?: string | null | undefined;
  /** The young person, or someone in their network. Leave out to name someone else. */
  personId?: string | number | null | undefined;
  /** Which feedback form is theirs. Needed for someone named; for someone in the network it follows how they are related unless given. */
  respondent?: FeedbackRespondent | null | undefined;
  /** Someone else's role, such as "school nurse". */
  role?: string | null | undefined;
};

export type CancelReviewInput = {
  /** Why, for the record. Everyone who may see the review may read it. */
  reason: string;
  reviewId: string | number;
};

/** Who the young person would like to chair the review. */
export type Chairing =
  | 'CO_CHAIR'
  | 'IRO_CHAIRS'
  | 'I_CHAIR'
  | 'NOT_SURE';

/** A part of the young person's choices that the IRO answers. */
export type ChoiceTopic =
  | 'CHAIRING'
  | 'FORMAT'
  | 'MEET_IRO_FIRST'
  | 'PEOPLE'
  | 'PLACE'
  | 'TIMES';

export type CompleteReviewRecordInput = {
  /** Why the record is being corrected: needed once it has been completed, and only then. */
  reason?: string | null | undefined;
  reviewId: string | number;
  /** A new UUID for each press of the button: the same one again stores one version and answers with it. */
  submissionKey: string | number;
};

/** How the young person would like to be contacted. */
export type ContactPreference =
  | 'MEET_IN_PERSON'
  | 'PHONE_CALL'
  | 'TEXT_MESSAGE'
  | 'THROUGH_MY_IRO';

/** Answers keyed by question id; leave out, or send blank, a question not answered. */
export type ContributionAnswersInput = {
  anythingElse?: string | null | undefined;
  carePlanProgress?: string | null | undefined;
  changesSinceLastReview?: string | null | undefined;
  dailyLife?: string | null | undefined;
  familyTime?: string | null | undefined;
  howThingsAreGoing?: string | null | undefined;
  howYouKnowThem?: string | null | undefined;
  supportForYou?: string | null | undefined;
  whatIsGoingWell?: string | null | undefined;
  whatToTalkAbout?: string | null | undefined;
  whatWorriesYou?: string | null | undefined;
  yourInvolvement?: string | null | undefined;
};

export type ContributionFormClosedReason =
  /** The review has started, or is not going ahead, or the link is too old. */
  | 'EXPIRED'
  /** Replaced by a newer link for the same person. */
  | 'REVOKED'
  /** No link has this token: mistyped, cut short, or never made. */
  | 'UNKNOWN'
  /** The contribution has been sent: each link works once. */
  | 'USED';

export type ContributionLinkState =
  /** The review has started, or is not going ahead, or the link is too old. */
  | 'EXPIRED'
  /** Can be used now. */
  | 'OPEN'
  /** Replaced by a newer link for the same person. */
  | 'REVOKED'
  /** Its holder has sent their contribution. */
  | 'USED';

/** A question asked before a review; also the name of its answer's field in ContributionAnswers. */
export type ContributionQuestionId =
  /** Anything else. */
  | 'anythingElse'
  /** Social workers: progress on the care plan since the last review. */
  | 'carePlanProgress'
  /** Social workers: changes in the young person's life since the last review. */
  | 'changesSinceLastReview'
  /** Carers: day-to-day life: health, school, friends and interests. */
  | 'dailyLife'
  /** Parents: how time with the young person is going. */
  | 'familyTime'
  /** How things are going for the young person. */
  | 'howThingsAreGoing'
  /** Others: how you know the young person. */
  | 'howYouKnowThem'
  /** Carers: the support you need to care for the young person. */
  | 'supportForYou'
  /** What is going well. */
  | 'whatIsGoingWell'
  /** What you would like the review to talk about. */
  | 'whatToTalkAbout'
  /** What worries you. */
  | 'whatWorriesYou'
  /** Parents: how you would like to be involved in plans for the young person. */
  | 'yourInvolvement';

export type CreateContributionLinkInput = {
  /** Someone in the young person's network who may be invited. */
  personId: string | number;
  /** A planned review, still to start. */
  reviewId: string | number;
};

/** Answers to the feedback form; leave out, or send blank, a question not answered. */
export type FeedbackAnswersInput = {
  anythingElse?: string | null | undefined;
  change?: string | null | undefined;
  keepTheSame?: string | null | undefined;
  listenedTo?: FeedbackRating | null | undefined;
  mayQuote?: boolean | null | undefined;
  viewsTakenIntoAccount?: FeedbackRating | null | undefined;
  wellOrganised?: FeedbackRating | null | undefined;
  youngPersonAtTheCentre?: FeedbackRating | null | undefined;
};

/** A question of the feedback form answered in words. */
export type FeedbackCommentQuestion =
  | 'ANYTHING_ELSE'
  | 'CHANGE'
  | 'KEEP_THE_SAME';

/** A link holder's draft. */
export type FeedbackDraftInput = {
  /** The whole draft: it replaces the one kept. */
  answers: FeedbackAnswersInput;
  /** The link's token. */
  token: string;
};

export type FeedbackFiguresInput = {
  /** The first day, YYYY-MM-DD, of the reviews counted (by the day each was held, in London). */
  from: string;
  /** One IRO's reviews only; leave out for the whole service. */
  iroPersonId?: string | number | null | undefined;
  /** The last day, YYYY-MM-DD, of the reviews counted. */
  to: string;
};

/** A question of the feedback form answered on a scale. */
export type FeedbackQuestion =
  | 'LISTENED_TO'
  | 'VIEWS_TAKEN_INTO_ACCOUNT'
  | 'WELL_ORGANISED'
  | 'YOUNG_PERSON_AT_THE_CENTRE';

/** Yes, mostly, a little or no. */
export type FeedbackRating =
  | 'A_LITTLE'
  | 'MOSTLY'
  | 'NO'
  | 'YES';

/** The kind of person giving feedback after a review. */
export type FeedbackRespondent =
  | 'FOSTER_OR_KINSHIP_CARER'
  | 'OTHER_PROFESSIONAL'
  | 'PARENT'
  | 'RESIDENTIAL_CARER'
  | 'SOCIAL_WORKER'
  | 'SUPERVISING_SOCIAL_WORKER'
  | 'YOUNG_PERSON';

/** A five-point scale from very unhappy to very happy. */
export type Feeling =
  | 'HAPPY'
  | 'OK'
  | 'UNHAPPY'
  | 'VERY_HAPPY'
  | 'VERY_UNHAPPY';

export type InvitationRefusalReason =
  | 'EXPIRED'
  | 'NOT_RECOGNISED'
  | 'REPLACED'
  | 'TOO_MANY_ATTEMPTS'
  | 'USED';

export type LockReviewChoicesInput = {
  /** True to stop the young person changing their choices; false to let them change them again. */
  locked: boolean;
  reviewId: string | number;
};

/** Where the young person would like their review to be. */
export type MeetingPlace =
  | 'COMMUNITY_PLACE'
  | 'IRO_OFFICE'
  | 'MY_HOME'
  | 'ONLINE'
  | 'SOMEWHERE_ELSE';

/** One meeting with everyone, or a series of short ones. */
export type MeetingShape =
  | 'ALL_TOGETHER'
  | 'SHORT_MEETINGS';

export type MoveSupportRequestInput = {
  /** Why it is closed: needed when, and only when, `to` is CLOSED. */
  closedReason?: SupportClosedReason | null | undefined;
  /** A note for the record about this move. */
  note?: string | null | undefined;
  requestId: string | number;
  /** Where to move the request; only the moves its status allows are accepted. */
  to: SupportStatus;
};

/** The young person's own draft. */
export type MyFeedbackDraftInput = {
  /** The whole draft: it replaces the one kept. */
  answers: FeedbackAnswersInput;
};

/** How the young person took part in a review, as the statistical returns code it. */
export type ParticipationCode =
  /** Under 4 on the day of the review. */
  | 'PN0'
  /** Attended and spoke for themselves. */
  | 'PN1'
  /** Attended, and an advocate spoke for them. */
  | 'PN2'
  /** Attended, and their views were shared another way (such as a symbol board or a note). */
  | 'PN3'
  /** Attended without saying their views. */
  | 'PN4'
  /** Did not attend, and an advocate spoke for them. */
  | 'PN5'
  /** Did not attend, and their views were shared another way. */
  | 'PN6'
  /** Did not attend and their views were not shared. */
  | 'PN7';

/** Times that suit the young person. */
export type PreferredTime =
  | 'AFTER_SCHOOL'
  | 'HOLIDAYS'
  | 'WEEKEND';

export type RaiseWorryInput = {
  /** What it is about. Optional. */
  about?: string | null | undefined;
  howSoon: WorryHowSoon;
  /** A new UUID for each press of Send, made by the page. The same one again stores the alert once and answers with it. */
  submissionKey: string | number;
  wants: WorryContact;
  /** The young person raising it: only they may. */
  youngPersonId: string | number;
};

export type RearrangeReviewInput = {
  /** How the review meets now. */
  format: ReviewFormat;
  /** Why, for the record. Everyone who may see the review may read it. */
  reason: string;
  reviewId: string | number;
  /** Where it meets now; none for a review with no place, such as one online. */
  venue?: string | null | undefined;
};

export type RecommendationProgressInput = {
  note?: string | null | undefined;
  recommendationId: string | number;
  status: RecommendationStatus;
};

/** How far a recommendation has got. */
export type RecommendationStatus =
  | 'DONE'
  | 'IN_PROGRESS'
  | 'NOT_DONE';

/** A check between reviews on the last review's recommendations. */
export type RecordMidwayReviewInput = {
  checkedOn: string;
  concernRaised: boolean;
  note?: string | null | undefined;
  /** How each recommendation stands, at most one each. */
  progress: Array<RecommendationProgressInput>;
  /** The held review whose recommendations were checked. */
  reviewId: string | number;
};

export type RecordQuestionKind =
  /** "Something here is not right". */
  | 'NOT_RIGHT'
  /** "I have a question". */
  | 'QUESTION';

export type RecordReviewAttendeesInput = {
  attendees: Array<AttendeeInput>;
  /** A review recorded as held. */
  reviewId: string | number;
};

export type RecordReviewConductInput = {
  chairedBy: ReviewChair;
  /** Whether the young person was offered the chair, or to co-chair, and said no. Only when the IRO chaired. */
  chairingDeclined: boolean;
  meetings: ReviewMeetings;
  metIroAloneFirst: boolean;
  /** PN1 to PN7 for a young person aged 4 or over on the day of the review. For a child under 4 it is PN0, set when left out. */
  participation?: ParticipationCode | null | undefined;
  reviewId: string | number;
};

export type RecordReviewHeldInput = {
  reviewId: string | number;
};

/** How someone is related to a young person. */
export type Relationship =
  | 'ADVOCATE'
  | 'FATHER'
  | 'FOSTER_CARER'
  | 'INDEPENDENT_VISITOR'
  | 'KINSHIP_CARER'
  | 'MOTHER'
  | 'OTHER'
  | 'PARENT'
  | 'RESIDENTIAL_CARER'
  | 'SIBLING'
  | 'SOCIAL_WORKER'
  | 'SUPERVISING_SOCIAL_WORKER';

export type RequestSupportInput = {
  contactPreference: ContactPreference;
  howSoon: SupportHowSoon;
  kind: SupportKind;
  /** A new UUID for each press of Send, made by the page. The same one again (a double click, a retry) stores the request once and answers with it. */
  submissionKey: string | number;
  /** Why, in the young person's words. Optional. */
  why?: string | null | undefined;
  /** Whose request it is: the young person themselves, or one of their IRO's young people. */
  youngPersonId: string | number;
};

export type RescheduleReviewInput = {
  /** Why, for the record. Everyone who may see the review may read it. */
  reason: string;
  reviewId: string | number;
  /** When the review starts now. */
  scheduledFor: string;
};

/** Who chaired a review that was held. */
export type ReviewChair =
  /** The young person and the IRO chaired it together. */
  | 'CO_CHAIRED'
  /** The IRO chaired it. */
  | 'IRO'
  /** The young person chaired it. */
  | 'YOUNG_PERSON';

/** What happened to a review. */
export type ReviewChangeKind =
  | 'ADJOURNED'
  | 'CANCELLED'
  | 'HELD'
  | 'REARRANGED'
  | 'RESCHEDULED'
  | 'SCHEDULED';

/** How a review meets. */
export type ReviewFormat =
  /** Everyone in one room. */
  | 'IN_PERSON'
  /** Some in the room, some joining online. */
  | 'MIXED'
  /** Everyone joins by video or phone. */
  | 'ONLINE'
  /** Several shorter meetings instead of one, often as the young person asked. */
  | 'SERIES_OF_MEETINGS';

/** Whether the review was one meeting or a series of meetings. */
export type ReviewMeetings =
  | 'ONE_MEETING'
  | 'SERIES';

/** First, second or a later review of this period of care. */
export type ReviewSequence =
  | 'FIRST'
  | 'SECOND'
  | 'SUBSEQUENT';

export type ReviewTimeliness =
  /** Due within ten working days. */
  | 'DUE_SOON'
  /** More than ten working days before the review is due. */
  | 'ON_TIME'
  /** Past the date it was due. */
  | 'OVERDUE'
  /** Not due yet, but the review planned is for after the day it is due. */
  | 'PLANNED_LATE';

/** What an account is for; it decides what the account may see and do. */
export type Role =
  /** Sets up people and accounts for the local authority. */
  | 'ADMINISTRATOR'
  /** Coordinates advocates and Independent Visitors. */
  | 'ADVOCACY_COORDINATOR'
  /** A foster, kinship or residential carer. */
  | 'CARER'
  /** An Independent Reviewing Officer. */
  | 'IRO'
  /** The manager of the IRO service. */
  | 'IRO_MANAGER'
  /** A parent of a young person in care. */
  | 'PARENT'
  /** A young person's allocated social worker. */
  | 'SOCIAL_WORKER'
  /** A foster carer's supervising social worker. */
  | 'SUPERVISING_SOCIAL_WORKER'
  /** A child or young person in care. */
  | 'YOUNG_PERSON';

export type SaveContributionDraftInput = {
  /** The whole draft: it replaces the one kept. */
  answers: ContributionAnswersInput;
  /** The link's token. */
  token: string;
};

export type SaveReviewChoicesInput = {
  attendance?: Attendance | null | undefined;
  chairing?: Chairing | null | undefined;
  /** People from the young person's network they would like there. */
  invitedPersonIds?: Array<string | number> | null | undefined;
  meetIroFirst?: boolean | null | undefined;
  meetingShape?: MeetingShape | null | undefined;
  /** Anyone else the young person does not want there. Only the IRO sees this. */
  notWantedOthers?: string | null | undefined;
  /** People from the network the young person does not want there. Only the IRO sees this. */
  notWantedPersonIds?: Array<string | number> | null | undefined;
  othersInvited?: string | null | undefined;
  place?: MeetingPlace | null | undefined;
  placeDetails?: string | null | undefined;
  preferredTimes?: Array<PreferredTime> | null | undefined;
  reviewId: string | number;
  timesThatDoNotWork?: string | null | undefined;
};

export type SaveReviewRecordDraftInput = {
  goingWell?: string | null | undefined;
  nextSteps?: string | null | undefined;
  reviewId: string | number;
  talkedAbout?: string | null | undefined;
  worries?: string | null | undefined;
  youToldUs?: string | null | undefined;
};

export type SaveViewsDraftInput = {
  anythingElse?: string | null | undefined;
  /** Who may read the views once submitted. Asked once, shown on every page. */
  audience?: ViewsAudience | null | undefined;
  feelingAboutFamilyTime?: Feeling | null | undefined;
  feelingAboutFriendsAndActivities?: Feeling | null | undefined;
  feelingAboutHealth?: Feeling | null | undefined;
  feelingAboutHome?: Feeling | null | undefined;
  feelingAboutSchool?: Feeling | null | undefined;
  goingWell?: string | null | undefined;
  reviewId: string | number;
  talkAboutAtReview?: string | null | undefined;
  /** Whether the young person is answering the shorter questions. Null is false. */
  usedShorterVersion?: boolean | null | undefined;
  worryingMe?: string | null | undefined;
  wouldLikeToChange?: string | null | undefined;
};

export type ScheduleReviewInput = {
  format: ReviewFormat;
  /** When the review starts. */
  scheduledFor: string;
  /** Where it meets, such as "Oak Lodge, the family room". */
  venue?: string | null | undefined;
  youngPersonId: string | number;
};

export type SignInInput = {
  /** The passphrase, exactly as chosen. */
  passphrase: string;
  /** The username, in any case. */
  username: string;
};

export type SignInRefusalReason =
  | 'TOO_MANY_ATTEMPTS'
  | 'WRONG_USERNAME_OR_PASSPHRASE';

export type SubmitContributionInput = {
  /** What to send; at least one answer. */
  answers: ContributionAnswersInput;
  /** A new UUID for each submission, kept for retries: sending it again changes nothing. */
  submissionKey: string;
  /** The link's token. */
  token: string;
};

/** A link holder's feedback, to send. */
export type SubmitFeedbackInput = {
  /** The whole draft: it replaces the one kept. */
  answers: FeedbackAnswersInput;
  /** A new UUID for each submission, kept for retries: sending it again changes nothing. */
  submissionKey: string;
  /** The link's token. */
  token: string;
};

/** The young person's own feedback, to send. */
export type SubmitMyFeedbackInput = {
  /** The whole draft: it replaces the one kept. */
  answers: FeedbackAnswersInput;
  /** A new UUID for each submission, kept for retries: sending it again changes nothing. */
  submissionKey: string;
};

export type SubmitViewsInput = {
  reviewId: string | number;
  /** A new UUID for each time the young person presses submit, made by the page. Sending the same one again (a double click, a retry) stores the views once and answers with the same version. */
  submissionKey: string | number;
};

/** Why a request was closed. */
export type SupportClosedReason =
  /** Nobody could reach the young person. */
  | 'COULD_NOT_REACH'
  /** The provider has nobody to offer. */
  | 'NOT_AVAILABLE'
  /** The young person said they no longer need it. */
  | 'NO_LONGER_NEEDED'
  /** The advocacy finished, or the Independent Visitor match ended. */
  | 'SUPPORT_ENDED'
  /** The young person withdrew it. Only they may give this reason. */
  | 'WITHDRAWN';

/** How soon the young person would like someone. */
export type SupportHowSoon =
  | 'NO_RUSH'
  | 'SOON'
  | 'WITHIN_A_MONTH';

/** Someone on a young person's side. */
export type SupportKind =
  /** An independent person who helps a young person say what they want, in or outside reviews. */
  | 'ADVOCATE'
  /** A volunteer befriender matched with a young person, often for years. */
  | 'INDEPENDENT_VISITOR';

/** Where a request for an advocate or an Independent Visitor is. */
export type SupportStatus =
  /** An advocate is allocated, or an Independent Visitor matched. */
  | 'ALLOCATED'
  /** Asked for; nobody has picked it up yet. */
  | 'ASKED'
  /** Closed, with a reason. */
  | 'CLOSED'
  /** Referred to the provider. */
  | 'REFERRED'
  /** The coordinator is working on it. */
  | 'WITH_COORDINATOR';

/** Each field replaces what was recorded; empty or null means none. */
export type UpdateCommunicationNeedsInput = {
  alternativeCommunication?: string | null | undefined;
  interpreterLanguage?: string | null | undefined;
  otherNeeds?: string | null | undefined;
  youngPersonId: string | number;
};

/** Who may read the young person's views, as they chose. */
export type ViewsAudience =
  /** Everyone at their review. */
  | 'EVERYONE_AT_REVIEW'
  /** Their IRO and their social worker. */
  | 'IRO_AND_SOCIAL_WORKER'
  /** Only their IRO (and the IRO's manager). */
  | 'IRO_ONLY';

/** Whom a worried young person wants to contact them. */
export type WorryContact =
  | 'EITHER'
  | 'IRO'
  | 'SOCIAL_WORKER';

/** How soon a worried young person wants to be contacted. */
export type WorryHowSoon =
  /** By the end of the next working day. */
  | 'AS_SOON_AS_POSSIBLE'
  /** Within three working days. */
  | 'WITHIN_A_FEW_DAYS';

export type YoungPeopleOrder =
  /** By first name. */
  | 'FIRST_NAME'
  /** The review due soonest first; those with no review due (no open period of care) last. */
  | 'REVIEW_DUE';

export type ReviewDueFieldsFragment = { sequence: ReviewSequence, dueOn: string, timeliness: ReviewTimeliness };

export type ArrangeReviewQueryVariables = Exact<{
  id: string | number;
}>;


export type ArrangeReviewQuery = { me: { role: Role } | null, youngPerson: { firstName: string, reviewDue: { sequence: ReviewSequence, dueOn: string, timeliness: ReviewTimeliness } | null, plannedReview: { format: ReviewFormat, venue: string | null, id: string, scheduledFor: string, history: Array<{ id: string, kind: ReviewChangeKind, startBefore: string | null, startAfter: string | null, formatBefore: ReviewFormat | null, formatAfter: ReviewFormat | null, venueBefore: string | null, venueAfter: string | null, reason: string | null, occurredAt: string, changedBy: { firstName: string } | null }> } | null } };

export type ScheduleReviewMutationVariables = Exact<{
  input: ScheduleReviewInput;
}>;


export type ScheduleReviewMutation = { scheduleReview: { id: string } };

export type RescheduleReviewMutationVariables = Exact<{
  input: RescheduleReviewInput;
}>;


export type RescheduleReviewMutation = { rescheduleReview: { id: string } };

export type RearrangeReviewMutationVariables = Exact<{
  input: RearrangeReviewInput;
}>;


export type RearrangeReviewMutation = { rearrangeReview: { id: string } };

export type RecordReviewHeldMutationVariables = Exact<{
  input: RecordReviewHeldInput;
}>;


export type RecordReviewHeldMutation = { recordReviewHeld: { id: string } };

export type AdjournReviewMutationVariables = Exact<{
  input: AdjournReviewInput;
}>;


export type AdjournReviewMutation = { adjournReview: { id: string } };

export type CancelReviewMutationVariables = Exact<{
  input: CancelReviewInput;
}>;


export type CancelReviewMutation = { cancelReview: { id: string } };

export type ChoiceSetFieldsFragment = { place: MeetingPlace | null, placeDetails: string | null, meetingShape: MeetingShape | null, attendance: Attendance | null, preferredTimes: Array<PreferredTime> | null, timesThatDoNotWork: string | null, othersInvited: string | null, notWantedOthers: string | null, meetIroFirst: boolean | null, chairing: Chairing | null, updatedAt: string, invitedPeople: Array<{ id: string, firstName: string }> | null, notWantedPeople: Array<{ id: string, firstName: string }> | null };

export type ChoiceAnswerFieldsFragment = { topic: ChoiceTopic, accepted: boolean, reason: string | null, answeredAt: string };

export type MyReviewQueryVariables = Exact<{ [key: string]: never; }>;


export type MyReviewQuery = { me: { youngPerson: { id: string, currentIro: { firstName: string } | null, currentIroContact: { name: string, phone: string | null, email: string | null } | null, nextReview: { format: ReviewFormat, venue: string | null, id: string, scheduledFor: string, choices: { lockedAt: string | null, hasUnsentChanges: boolean, sent: { updatedAt: string } | null, draft: { place: MeetingPlace | null, placeDetails: string | null, meetingShape: MeetingShape | null, attendance: Attendance | null, preferredTimes: Array<PreferredTime> | null, timesThatDoNotWork: string | null, othersInvited: string | null, notWantedOthers: string | null, meetIroFirst: boolean | null, chairing: Chairing | null, updatedAt: string, invitedPeople: Array<{ id: string, firstName: string }> | null, notWantedPeople: Array<{ id: string, firstName: string }> | null } | null, answers: Array<{ topic: ChoiceTopic, accepted: boolean, reason: string | null, answeredAt: string }> } } | null } | null } | null };

export type MyNetworkQueryVariables = Exact<{ [key: string]: never; }>;


export type MyNetworkQuery = { me: { youngPerson: { network: Array<{ mayBeInvited: boolean, relationship: Relationship, person: { id: string, firstName: string } }> } | null } | null };

export type SaveReviewChoicesMutationVariables = Exact<{
  input: SaveReviewChoicesInput;
}>;


export type SaveReviewChoicesMutation = { saveReviewChoices: { id: string } };

export type SendReviewChoicesMutationVariables = Exact<{
  reviewId: string | number;
}>;


export type SendReviewChoicesMutation = { sendReviewChoices: { id: string } };

export type IroReviewChoicesQueryVariables = Exact<{
  id: string | number;
}>;


export type IroReviewChoicesQuery = { me: { role: Role } | null, youngPerson: { firstName: string, reviewDue: { dueOn: string, timeliness: ReviewTimeliness } | null, nextReview: { id: string, scheduledFor: string, choices: { lockedAt: string | null, sent: { place: MeetingPlace | null, placeDetails: string | null, meetingShape: MeetingShape | null, attendance: Attendance | null, preferredTimes: Array<PreferredTime> | null, timesThatDoNotWork: string | null, othersInvited: string | null, notWantedOthers: string | null, meetIroFirst: boolean | null, chairing: Chairing | null, updatedAt: string, invitedPeople: Array<{ id: string, firstName: string }> | null, notWantedPeople: Array<{ id: string, firstName: string }> | null } | null, answers: Array<{ topic: ChoiceTopic, accepted: boolean, reason: string | null, answeredAt: string }> } } | null } };

export type AnswerChoiceMutationVariables = Exact<{
  input: AnswerChoiceInput;
}>;


export type AnswerChoiceMutation = { answerChoice: { id: string } };

export type LockReviewChoicesMutationVariables = Exact<{
  input: LockReviewChoicesInput;
}>;


export type LockReviewChoicesMutation = { lockReviewChoices: { id: string } };

export type ContributionAnswerFieldsFragment = { howThingsAreGoing: string | null, whatIsGoingWell: string | null, whatWorriesYou: string | null, whatToTalkAbout: string | null, familyTime: string | null, yourInvolvement: string | null, dailyLife: string | null, supportForYou: string | null, carePlanProgress: string | null, changesSinceLastReview: string | null, howYouKnowThem: string | null, anythingElse: string | null };

export type ContributionLinksQueryVariables = Exact<{
  id: string | number;
}>;


export type ContributionLinksQuery = { youngPerson: { firstName: string, network: Array<{ mayBeInvited: boolean, relationship: Relationship, person: { id: string, firstName: string } }>, nextReview: { id: string, scheduledFor: string, contributionLinks: Array<{ state: ContributionLinkState, createdAt: string, expiresAt: string, person: { id: string } }> } | null } };

export type LinkToSendFragment = { token: string, link: { expiresAt: string, person: { firstName: string } } };

export type CreateContributionLinkMutationVariables = Exact<{
  input: CreateContributionLinkInput;
}>;


export type CreateContributionLinkMutation = { createContributionLink: { token: string, link: { expiresAt: string, person: { firstName: string } } } };

export type ContributionFormQueryVariables = Exact<{
  token: string;
}>;


export type ContributionFormQuery = { contributionForm:
    | { __typename: 'ContributionForm', youngPersonFirstName: string, reviewScheduledFor: string, relationship: Relationship, questions: Array<ContributionQuestionId>, draftSavedAt: string | null, expiresAt: string, draft: { howThingsAreGoing: string | null, whatIsGoingWell: string | null, whatWorriesYou: string | null, whatToTalkAbout: string | null, familyTime: string | null, yourInvolvement: string | null, dailyLife: string | null, supportForYou: string | null, carePlanProgress: string | null, changesSinceLastReview: string | null, howYouKnowThem: string | null, anythingElse: string | null }, iro: { name: string, phone: string | null, email: string | null } | null }
    | { __typename: 'ContributionFormClosed', reason: ContributionFormClosedReason }
   };

export type SaveContributionDraftMutationVariables = Exact<{
  input: SaveContributionDraftInput;
}>;


export type SaveContributionDraftMutation = { saveContributionDraft:
    | { __typename: 'ContributionDraftSaved' }
    | { __typename: 'ContributionFormClosed', reason: ContributionFormClosedReason }
   };

export type SubmitContributionMutationVariables = Exact<{
  input: SubmitContributionInput;
}>;


export type SubmitContributionMutation = { submitContribution:
    | { __typename: 'ContributionFormClosed', reason: ContributionFormClosedReason }
    | { __typename: 'ContributionSubmitted' }
   };

export type ContributionLinkToSendQueryVariables = Exact<{
  reviewId: string | number;
  personId: string | number;
}>;


export type ContributionLinkToSendQuery = { contributionLinkToSend: { token: string, link: { expiresAt: string, person: { firstName: string } } } | null };

export type SentContributionQueryVariables = Exact<{
  token: string;
}>;


export type SentContributionQuery = { sentContribution: { youngPersonFirstName: string, questions: Array<ContributionQuestionId>, submittedAt: string, answers: { howThingsAreGoing: string | null, whatIsGoingWell: string | null, whatWorriesYou: string | null, whatToTalkAbout: string | null, familyTime: string | null, yourInvolvement: string | null, dailyLife: string | null, supportForYou: string | null, carePlanProgress: string | null, changesSinceLastReview: string | null, howYouKnowThem: string | null, anythingElse: string | null } } | null };

export type FeedbackAnswerFieldsFragment = { listenedTo: FeedbackRating | null, viewsTakenIntoAccount: FeedbackRating | null, wellOrganised: FeedbackRating | null, youngPersonAtTheCentre: FeedbackRating | null, keepTheSame: string | null, change: string | null, anythingElse: string | null, mayQuote: boolean | null };

export type ReviewAttendanceQueryVariables = Exact<{
  id: string | number;
}>;


export type ReviewAttendanceQuery = { me: { role: Role } | null, youngPerson: { id: string, firstName: string, network: Array<{ relationship: Relationship, person: { id: string, firstName: string } }>, lastHeldReview: { id: string, scheduledFor: string, attendees: Array<{ id: string, personId: string | null, name: string, role: string | null, relationship: Relationship | null, respondent: FeedbackRespondent, feedbackAsked: boolean, linkState: ContributionLinkState | null }>, feedback: Array<{ id: string, attendeeId: string, respondent: FeedbackRespondent, submittedAt: string, answers: { listenedTo: FeedbackRating | null, viewsTakenIntoAccount: FeedbackRating | null, wellOrganised: FeedbackRating | null, youngPersonAtTheCentre: FeedbackRating | null, keepTheSame: string | null, change: string | null, anythingElse: string | null, mayQuote: boolean | null } }> } | null } };

export type RecordReviewAttendeesMutationVariables = Exact<{
  input: RecordReviewAttendeesInput;
}>;


export type RecordReviewAttendeesMutation = { recordReviewAttendees: { feedbackClosesAt: string, links: Array<{ token: string, attendee: { id: string, name: string } }> } };

export type FeedbackFormQueryVariables = Exact<{
  token: string;
}>;


export type FeedbackFormQuery = { feedbackForm:
    | { __typename: 'ContributionFormClosed', reason: ContributionFormClosedReason }
    | { __typename: 'FeedbackForm', youngPersonFirstName: string, reviewHeldAt: string, respondent: FeedbackRespondent, closesAt: string, draftSavedAt: string | null, draft: { listenedTo: FeedbackRating | null, viewsTakenIntoAccount: FeedbackRating | null, wellOrganised: FeedbackRating | null, youngPersonAtTheCentre: FeedbackRating | null, keepTheSame: string | null, change: string | null, anythingElse: string | null, mayQuote: boolean | null } }
   };

export type SaveFeedbackDraftMutationVariables = Exact<{
  input: FeedbackDraftInput;
}>;


export type SaveFeedbackDraftMutation = { saveFeedbackDraft:
    | { __typename: 'ContributionFormClosed', reason: ContributionFormClosedReason }
    | { __typename: 'FeedbackDraftSaved' }
   };

export type SubmitFeedbackMutationVariables = Exact<{
  input: SubmitFeedbackInput;
}>;


export type SubmitFeedbackMutation = { submitFeedback:
    | { __typename: 'ContributionFormClosed', reason: ContributionFormClosedReason }
    | { __typename: 'FeedbackSubmitted' }
   };

export type MyFeedbackQueryVariables = Exact<{ [key: string]: never; }>;


export type MyFeedbackQuery = { myFeedback: { reviewHeldAt: string, closesAt: string, notNowCount: number, submittedAt: string | null, draftSavedAt: string | null, draft: { listenedTo: FeedbackRating | null, viewsTakenIntoAccount: FeedbackRating | null, wellOrganised: FeedbackRating | null, youngPersonAtTheCentre: FeedbackRating | null, keepTheSame: string | null, change: string | null, anythingElse: string | null, mayQuote: boolean | null } } | null };

export type SaveMyFeedbackDraftMutationVariables = Exact<{
  input: MyFeedbackDraftInput;
}>;


export type SaveMyFeedbackDraftMutation = { saveMyFeedbackDraft:
    | { __typename: 'ContributionFormClosed', reason: ContributionFormClosedReason }
    | { __typename: 'FeedbackDraftSaved' }
   };

export type SubmitMyFeedbackMutationVariables = Exact<{
  input: SubmitMyFeedbackInput;
}>;


export type SubmitMyFeedbackMutation = { submitMyFeedback:
    | { __typename: 'ContributionFormClosed', reason: ContributionFormClosedReason }
    | { __typename: 'FeedbackSubmitted' }
   };

export type NotNowToFeedbackMutationVariables = Exact<{ [key: string]: never; }>;


export type NotNowToFeedbackMutation = { notNowToFeedback: { notNowCount: number } | null };

export type SharedCommentsPageFragment = { nextCursor: string | null, items: Array<{ respondent: FeedbackRespondent, question: FeedbackCommentQuestion, text: string, submittedAt: string }> };

export type FeedbackFiguresQueryVariables = Exact<{
  input: FeedbackFiguresInput;
  commentsAfter?: string | null | undefined;
}>;


export type FeedbackFiguresQuery = { feedbackFigures: { returns: Array<{ respondent: FeedbackRespondent, sent: number, returned: number }>, ratings: Array<{ question: FeedbackQuestion, rating: FeedbackRating, count: number }>, sharedComments: { nextCursor: string | null, items: Array<{ respondent: FeedbackRespondent, question: FeedbackCommentQuestion, text: string, submittedAt: string }> }, iros: Array<{ iroPersonId: string, iroName: string, sent: number, returned: number }> } };

export type FeedbackSharedCommentsQueryVariables = Exact<{
  input: FeedbackFiguresInput;
  after?: string | null | undefined;
}>;


export type FeedbackSharedCommentsQuery = { feedbackFigures: { sharedComments: { nextCursor: string | null, items: Array<{ respondent: FeedbackRespondent, question: FeedbackCommentQuestion, text: string, submittedAt: string }> } } };

export type PersonNameFragment = { id: string, firstName: string };

export type ReviewWhenFragment = { id: string, scheduledFor: string };

export type ReviewPlanFragment = { format: ReviewFormat, venue: string | null, id: string, scheduledFor: string };

export type NetworkMemberFragment = { mayBeInvited: boolean, relationship: Relationship, person: { id: string, firstName: string } };

export type StaffContactFieldsFragment = { name: string, phone: string | null, email: string | null };

export type HomeQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeQuery = { me: { firstName: string, role: Role, youngPerson: { currentIroContact: { name: string, phone: string | null, email: string | null } | null, nextReview: { scheduledFor: string } | null, supportRequests: Array<{ id: string, kind: SupportKind, status: SupportStatus, askedAt: string, askedOnBehalf: boolean, statusChangedAt: string, allocatedAt: string | null, closedAt: string | null, closedReason: SupportClosedReason | null }> } | null } | null, myFeedback: { submittedAt: string | null, notNowCount: number } | null, openWorryAlerts: { items: Array<{ id: string, youngPersonName: string | null, wants: WorryContact, howSoon: WorryHowSoon, about: string | null, raisedAt: string, contactBy: string }> } };

export type CommunicationNeedsFieldsFragment = { interpreterLanguage: string | null, alternativeCommunication: string | null, otherNeeds: string | null };

export type NextReviewIdQueryVariables = Exact<{
  id: string | number;
}>;


export type NextReviewIdQuery = { youngPerson: { firstName: string, nextReview: { id: string } | null } };

export type PreReviewPackQueryVariables = Exact<{
  reviewId: string | number;
}>;


export type PreReviewPackQuery = { preReviewPack: { readUpTo: string | null, shownAt: string, fullName: string, dateOfBirth: string, iroName: string | null, viewsBefore: { number: number, usedShorterVersion: boolean, goingWell: string | null, worryingMe: string | null, wouldLikeToChange: string | null, talkAboutAtReview: string | null, feelingAboutHome: Feeling | null, feelingAboutSchool: Feeling | null, feelingAboutHealth: Feeling | null, feelingAboutFamilyTime: Feeling | null, feelingAboutFriendsAndActivities: Feeling | null, anythingElse: string | null } | null, youngPerson: { firstName: string, communicationNeeds: { updatedAt: string, interpreterLanguage: string | null, alternativeCommunication: string | null, otherNeeds: string | null } | null, supportRequests: Array<{ id: string, kind: SupportKind, status: SupportStatus, askedAt: string, askedOnBehalf: boolean, statusChangedAt: string, allocatedAt: string | null, closedAt: string | null, closedReason: SupportClosedReason | null }>, participationHistory: Array<{ reviewId: string, scheduledFor: string, code: ParticipationCode }> }, review: { format: ReviewFormat, venue: string | null, id: string, scheduledFor: string, recommendationsFromLastReview: Array<{ id: string, number: number, action: string, responsible: string, dueOn: string, status: RecommendationStatus | null, statusNote: string | null }>, choices: { sent: { place: MeetingPlace | null, placeDetails: string | null, meetingShape: MeetingShape | null, attendance: Attendance | null, preferredTimes: Array<PreferredTime> | null, timesThatDoNotWork: string | null, othersInvited: string | null, notWantedOthers: string | null, meetIroFirst: boolean | null, chairing: Chairing | null, updatedAt: string, invitedPeople: Array<{ id: string, firstName: string }> | null, notWantedPeople: Array<{ id: string, firstName: string }> | null } | null, answers: Array<{ topic: ChoiceTopic, accepted: boolean, reason: string | null, answeredAt: string }> }, views: { latest: { number: number, audience: ViewsAudience, submittedAt: string, usedShorterVersion: boolean, goingWell: string | null, worryingMe: string | null, wouldLikeToChange: string | null, talkAboutAtReview: string | null, feelingAboutHome: Feeling | null, feelingAboutSchool: Feeling | null, feelingAboutHealth: Feeling | null, feelingAboutFamilyTime: Feeling | null, feelingAboutFriendsAndActivities: Feeling | null, anythingElse: string | null } | null }, contributions: Array<{ id: string, relationship: Relationship, submittedAt: string, person: { firstName: string }, answers: { howThingsAreGoing: string | null, whatIsGoingWell: string | null, whatWorriesYou: string | null, whatToTalkAbout: string | null, familyTime: string | null, yourInvolvement: string | null, dailyLife: string | null, supportForYou: string | null, carePlanProgress: string | null, changesSinceLastReview: string | null, howYouKnowThem: string | null, anythingElse: string | null } }> } } };

export type CommunicationNeedsQueryVariables = Exact<{
  id: string | number;
}>;


export type CommunicationNeedsQuery = { youngPerson: { firstName: string, communicationNeeds: { interpreterLanguage: string | null, alternativeCommunication: string | null, otherNeeds: string | null } | null } };

export type UpdateCommunicationNeedsMutationVariables = Exact<{
  input: UpdateCommunicationNeedsInput;
}>;


export type UpdateCommunicationNeedsMutation = { updateCommunicationNeeds: { updatedAt: string } };

export type MarkPackReadMutationVariables = Exact<{
  reviewId: string | number;
  upTo: string;
}>;


export type MarkPackReadMutation = { markPackRead: string };

export type WorkDeadlineFieldsFragment = { dueOn: string, doneAt: string | null, timeliness: ReviewTimeliness | null, doneOnTime: boolean | null };

export type RecommendationFieldsFragment = { id: string, number: number, action: string, responsible: string, dueOn: string, status: RecommendationStatus | null, statusNote: string | null };

type RecordSectionsFields_ReviewRecordDraft_Fragment = { talkedAbout: string | null, goingWell: string | null, worries: string | null, nextSteps: string | null, youToldUs: string | null };

type RecordSectionsFields_ReviewRecordVersion_Fragment = { talkedAbout: string | null, goingWell: string | null, worries: string | null, nextSteps: string | null, youToldUs: string | null };

export type RecordSectionsFieldsFragment =
  | RecordSectionsFields_ReviewRecordDraft_Fragment
  | RecordSectionsFields_ReviewRecordVersion_Fragment
;

export type RecordQuestionFieldsFragment = { id: string, kind: RecordQuestionKind, message: string, askedAt: string, answer: string | null, answeredAt: string | null };

export type HeldReviewQueryVariables = Exact<{
  youngPersonId: string | number;
  reviewId: string | number;
}>;


export type HeldReviewQuery = { me: { role: Role } | null, youngPerson: { firstName: string, network: Array<{ relationship: Relationship, person: { id: string, firstName: string } }> }, heldReview: { id: string, youngPersonId: string, scheduledFor: string, youngPersonWasUnderFour: boolean, recommendationsIssuedAt: string | null, attendees: Array<{ id: string }>, conduct: { chairedBy: ReviewChair, chairingDeclined: boolean, metIroAloneFirst: boolean, meetings: ReviewMeetings, participation: ParticipationCode } | null, recommendations: Array<{ id: string, number: number, action: string, responsible: string, dueOn: string, status: RecommendationStatus | null, statusNote: string | null }>, recommendationsDeadline: { dueOn: string, doneAt: string | null, timeliness: ReviewTimeliness | null, doneOnTime: boolean | null }, record: { firstOpenedAt: string | null, draft: { savedAt: string, talkedAbout: string | null, goingWell: string | null, worries: string | null, nextSteps: string | null, youToldUs: string | null } | null, latest: { number: number, completedAt: string } | null, deadline: { dueOn: string, doneAt: string | null, timeliness: ReviewTimeliness | null, doneOnTime: boolean | null } }, recordQuestions: Array<{ id: string, kind: RecordQuestionKind, message: string, askedAt: string, answer: string | null, answeredAt: string | null }>, midwayReviews: Array<{ id: string, checkedOn: string, note: string | null, concernRaised: boolean }> } };

export type RecordReviewConductMutationVariables = Exact<{
  input: RecordReviewConductInput;
}>;


export type RecordReviewConductMutation = { recordReviewConduct: { participation: ParticipationCode } };

export type AddRecommendationMutationVariables = Exact<{
  input: AddRecommendationInput;
}>;


export type AddRecommendationMutation = { addRecommendation: { id: string } };

export type IssueRecommendationsMutationVariables = Exact<{
  reviewId: string | number;
}>;


export type IssueRecommendationsMutation = { issueRecommendations: string };

export type UpdateRecommendationStatusMutationVariables = Exact<{
  input: RecommendationProgressInput;
}>;


export type UpdateRecommendationStatusMutation = { updateRecommendationStatus: { id: string } };

export type SaveReviewRecordDraftMutationVariables = Exact<{
  input: SaveReviewRecordDraftInput;
}>;


export type SaveReviewRecordDraftMutation = { saveReviewRecordDraft: { savedAt: string } };

export type CompleteReviewRecordMutationVariables = Exact<{
  input: CompleteReviewRecordInput;
}>;


export type CompleteReviewRecordMutation = { completeReviewRecord: { number: number } };

export type AnswerRecordQuestionMutationVariables = Exact<{
  input: AnswerRecordQuestionInput;
}>;


export type AnswerRecordQuestionMutation = { answerRecordQuestion: { id: string } };

export type RecordMidwayReviewMutationVariables = Exact<{
  input: RecordMidwayReviewInput;
}>;


export type RecordMidwayReviewMutation = { recordMidwayReview: { id: string } };

export type MyReviewRecordsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyReviewRecordsQuery = { me: { firstName: string, youngPerson: { id: string } | null } | null };

export type ReviewRecordsQueryVariables = Exact<{
  youngPersonId: string | number;
  after?: string | null | undefined;
}>;


export type ReviewRecordsQuery = { reviewRecords: { nextCursor: string | null, items: Array<{ id: string, scheduledFor: string, record: { latest: { number: number, completedAt: string } | null } }> } };

export type MyReviewRecordQueryVariables = Exact<{
  reviewId: string | number;
}>;


export type MyReviewRecordQuery = { me: { firstName: string } | null, heldReview: { id: string, scheduledFor: string, recommendations: Array<{ id: string, number: number, action: string, responsible: string, dueOn: string, status: RecommendationStatus | null, statusNote: string | null }>, record: { latest: { number: number, reason: string | null, completedAt: string, talkedAbout: string | null, goingWell: string | null, worries: string | null, nextSteps: string | null, youToldUs: string | null } | null, versions: Array<{ number: number, reason: string | null, completedAt: string }> }, recordQuestions: Array<{ id: string, kind: RecordQuestionKind, message: string, askedAt: string, answer: string | null, answeredAt: string | null }> } };

export type MarkReviewRecordOpenedMutationVariables = Exact<{
  reviewId: string | number;
}>;


export type MarkReviewRecordOpenedMutation = { markReviewRecordOpened: string | null };

export type AskAboutReviewRecordMutationVariables = Exact<{
  input: AskAboutReviewRecordInput;
}>;


export type AskAboutReviewRecordMutation = { askAboutReviewRecord: { id: string } };

export type SessionStartedFragment = { token: string, expiresAt: string, accountId: string, role: Role };

export type InvitationRefusalFragment = { reason: InvitationRefusalReason, retryAfterSeconds: number | null };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn:
    | { __typename: 'SignInRefused', reason: SignInRefusalReason, retryAfterSeconds: number | null }
    | { __typename: 'SignedIn', token: string, expiresAt: string, accountId: string, role: Role }
   };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type SignOutEverywhereMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutEverywhereMutation = { signOutEverywhere: number };

export type InvitationCheckQueryVariables = Exact<{
  code: string;
}>;


export type InvitationCheckQuery = { invitation:
    | { __typename: 'InvitationRefused', reason: InvitationRefusalReason, retryAfterSeconds: number | null }
    | { __typename: 'InvitationValid', firstName: string }
   };

export type ActivateInvitationMutationVariables = Exact<{
  input: ActivateInvitationInput;
}>;


export type ActivateInvitationMutation = { activateInvitation:
    | { __typename: 'InvitationRefused', reason: InvitationRefusalReason, retryAfterSeconds: number | null }
    | { __typename: 'SignedIn', token: string, expiresAt: string, accountId: string, role: Role }
   };

export type ViewerRoleQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerRoleQuery = { me: { role: Role } | null };

export type SessionEndsAtFragment = { idleEndsAt: string, expiresAt: string };

export type SessionEndsQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionEndsQuery = { sessionEnds: { idleEndsAt: string, expiresAt: string } };

export type StaySignedInMutationVariables = Exact<{ [key: string]: never; }>;


export type StaySignedInMutation = { staySignedIn: { idleEndsAt: string, expiresAt: string } };

export type SupportRequestSummaryFragment = { id: string, kind: SupportKind, status: SupportStatus, askedAt: string, askedOnBehalf: boolean, statusChangedAt: string, allocatedAt: string | null, closedAt: string | null, closedReason: SupportClosedReason | null };

export type GetSupportQueryVariables = Exact<{ [key: string]: never; }>;


export type GetSupportQuery = { me: { youngPerson: { id: string, supportRequests: Array<{ id: string, kind: SupportKind, status: SupportStatus, askedAt: string, askedOnBehalf: boolean, statusChangedAt: string, allocatedAt: string | null, closedAt: string | null, closedReason: SupportClosedReason | null }> } | null } | null, supportProviders: { advocacy: string | null, independentVisitors: string | null } };

export type RequestSupportMutationVariables = Exact<{
  input: RequestSupportInput;
}>;


export type RequestSupportMutation = { requestSupport: { id: string } };

export type WithdrawSupportRequestMutationVariables = Exact<{
  requestId: string | number;
}>;


export type WithdrawSupportRequestMutation = { withdrawSupportRequest: { id: string } };

export type SupportQueueQueryVariables = Exact<{
  kind?: SupportKind | null | undefined;
  status?: SupportStatus | null | undefined;
  after?: string | null | undefined;
}>;


export type SupportQueueQuery = { supportRequests: { totalCount: number, nextCursor: string | null, items: Array<{ id: string, kind: SupportKind, status: SupportStatus, ageInDays: number, askedOnBehalf: boolean, youngPersonName: string | null }> } };

export type SupportRequestQueryVariables = Exact<{
  id: string | number;
}>;


export type SupportRequestQuery = { supportRequest: { youngPersonName: string | null, why: string | null, howSoon: SupportHowSoon, contactPreference: ContactPreference, allowedMoves: Array<SupportStatus>, id: string, kind: SupportKind, status: SupportStatus, askedAt: string, askedOnBehalf: boolean, statusChangedAt: string, allocatedAt: string | null, closedAt: string | null, closedReason: SupportClosedReason | null, moves: Array<{ from: SupportStatus, to: SupportStatus, closedReason: SupportClosedReason | null, note: string | null, movedAt: string }> } };

export type MoveSupportRequestMutationVariables = Exact<{
  input: MoveSupportRequestInput;
}>;


export type MoveSupportRequestMutation = { moveSupportRequest: { status: SupportStatus } };

export type SupportFiguresQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type SupportFiguresQuery = { supportFigures: { from: string, to: string, independentVisitorsMatched: number, independentVisitorsWaiting: number, allocatedInPeriod: number, medianDaysToAdvocate: number | null, medianDaysToIndependentVisitor: number | null, quarters: Array<{ startsOn: string, endsOn: string, youngPeopleWithAdvocate: number }> } };

export type AskForSupportQueryVariables = Exact<{
  id: string | number;
}>;


export type AskForSupportQuery = { youngPerson: { id: string, firstName: string } };

type ViewsAnswerFields_ViewsDraft_Fragment = { usedShorterVersion: boolean, goingWell: string | null, worryingMe: string | null, wouldLikeToChange: string | null, talkAboutAtReview: string | null, feelingAboutHome: Feeling | null, feelingAboutSchool: Feeling | null, feelingAboutHealth: Feeling | null, feelingAboutFamilyTime: Feeling | null, feelingAboutFriendsAndActivities: Feeling | null, anythingElse: string | null };

type ViewsAnswerFields_ViewsVersion_Fragment = { usedShorterVersion: boolean, goingWell: string | null, worryingMe: string | null, wouldLikeToChange: string | null, talkAboutAtReview: string | null, feelingAboutHome: Feeling | null, feelingAboutSchool: Feeling | null, feelingAboutHealth: Feeling | null, feelingAboutFamilyTime: Feeling | null, feelingAboutFriendsAndActivities: Feeling | null, anythingElse: string | null };

export type ViewsAnswerFieldsFragment =
  | ViewsAnswerFields_ViewsDraft_Fragment
  | ViewsAnswerFields_ViewsVersion_Fragment
;

export type ViewsSentFragment = { number: number, audience: ViewsAudience, submittedAt: string };

export type MyViewsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyViewsQuery = { me: { youngPerson: { suggestsShorterViews: boolean, currentIro: { firstName: string } | null, nextReview: { id: string, scheduledFor: string, views: { hasUnsubmittedChanges: boolean, latest: { number: number, audience: ViewsAudience, submittedAt: string } | null, draft: { audience: ViewsAudience | null, usedShorterVersion: boolean, goingWell: string | null, worryingMe: string | null, wouldLikeToChange: string | null, talkAboutAtReview: string | null, feelingAboutHome: Feeling | null, feelingAboutSchool: Feeling | null, feelingAboutHealth: Feeling | null, feelingAboutFamilyTime: Feeling | null, feelingAboutFriendsAndActivities: Feeling | null, anythingElse: string | null } | null } } | null } | null } | null };

export type SaveViewsDraftMutationVariables = Exact<{
  input: SaveViewsDraftInput;
}>;


export type SaveViewsDraftMutation = { saveViewsDraft: { savedAt: string } };

export type SubmitViewsMutationVariables = Exact<{
  input: SubmitViewsInput;
}>;


export type SubmitViewsMutation = { submitViews: { number: number } };

export type RaiseWorryMutationVariables = Exact<{
  input: RaiseWorryInput;
}>;


export type RaiseWorryMutation = { raiseWorry: { id: string } };

export type WorriedQueryVariables = Exact<{ [key: string]: never; }>;


export type WorriedQuery = { me: { youngPerson: { id: string } | null } | null };

export type WorryToldQueryVariables = Exact<{
  id: string | number;
}>;


export type WorryToldQuery = { worryAlert: { contactBy: string, toldIroName: string | null, toldSocialWorkerName: string | null, acknowledgedAt: string | null, acknowledgedByName: string | null } };

export type OpenWorryFragment = { id: string, youngPersonName: string | null, wants: WorryContact, howSoon: WorryHowSoon, about: string | null, raisedAt: string, contactBy: string };

export type StaffLayoutQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffLayoutQuery = { me: { role: Role } | null, openWorryAlerts: { items: Array<{ id: string, youngPersonName: string | null, wants: WorryContact, howSoon: WorryHowSoon, about: string | null, raisedAt: string, contactBy: string }> } };

export type AcknowledgeWorryMutationVariables = Exact<{
  id: string | number;
}>;


export type AcknowledgeWorryMutation = { acknowledgeWorry: { acknowledgedAt: string | null } };

export type YoungPeopleQueryVariables = Exact<{
  after?: string | null | undefined;
  orderBy?: YoungPeopleOrder | null | undefined;
  timeliness?: ReviewTimeliness | null | undefined;
  iroPersonId?: string | number | null | undefined;
}>;


export type YoungPeopleQuery = { youngPeople: { totalCount: number, nextCursor: string | null, items: Array<{ id: string, firstName: string, hasAccount: boolean, currentIro: { id: string, firstName: string } | null, nextReview: { scheduledFor: string } | null, reviewDue: { sequence: ReviewSequence, dueOn: string, timeliness: ReviewTimeliness } | null, recordWork: { reviewId: string | null, scheduledFor: string | null, openQuestions: number, questionReviewId: string | null, recommendations: { dueOn: string, doneAt: string | null, timeliness: ReviewTimeliness | null, doneOnTime: boolean | null } | null, record: { dueOn: string, doneAt: string | null, timeliness: ReviewTimeliness | null, doneOnTime: boolean | null } | null } | null }> } };

export type CaseloadViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseloadViewerQuery = { me: { role: Role } | null };

export type CaseloadIrosQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseloadIrosQuery = { iros: Array<{ personId: string, name: string }> };

export type YoungPersonNameQueryVariables = Exact<{
  id: string | number;
}>;


export type YoungPersonNameQuery = { youngPerson: { firstName: string, hasAccount: boolean } };

export type CreateInvitationMutationVariables = Exact<{
  youngPersonId: string | number;
}>;


export type CreateInvitationMutation = { createInvitation: { code: string, expiresAt: string } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ReviewDueFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReviewDueFields on ReviewDue {
  sequence
  dueOn
  timeliness
}
    `, {"fragmentName":"ReviewDueFields"}) as unknown as TypedDocumentString<ReviewDueFieldsFragment, unknown>;
export const PersonNameFragmentDoc = new TypedDocumentString(`
    fragment PersonName on Person {
  id
  firstName
}
    `, {"fragmentName":"PersonName"}) as unknown as TypedDocumentString<PersonNameFragment, unknown>;
export const ChoiceSetFieldsFragmentDoc = new TypedDocumentString(`
    fragment ChoiceSetFields on ChoiceSet {
  place
  placeDetails
  meetingShape
  attendance
  preferredTimes
  timesThatDoNotWork
  invitedPeople {
    ...PersonName
  }
  othersInvited
  notWantedPeople {
    ...PersonName
  }
  notWantedOthers
  meetIroFirst
  chairing
  updatedAt
}
    fragment PersonName on Person {
  id
  firstName
}`, {"fragmentName":"ChoiceSetFields"}) as unknown as TypedDocumentString<ChoiceSetFieldsFragment, unknown>;
export const ChoiceAnswerFieldsFragmentDoc = new TypedDocumentString(`
    fragment ChoiceAnswerFields on ChoiceAnswer {
  topic
  accepted
  reason
  answeredAt
}
    `, {"fragmentName":"ChoiceAnswerFields"}) as unknown as TypedDocumentString<ChoiceAnswerFieldsFragment, unknown>;
export const ContributionAnswerFieldsFragmentDoc = new TypedDocumentString(`
    fragment ContributionAnswerFields on ContributionAnswers {
  howThingsAreGoing
  whatIsGoingWell
  whatWorriesYou
  whatToTalkAbout
  familyTime
  yourInvolvement
  dailyLife
  supportForYou
  carePlanProgress
  changesSinceLastReview
  howYouKnowThem
  anythingElse
}
    `, {"fragmentName":"ContributionAnswerFields"}) as unknown as TypedDocumentString<ContributionAnswerFieldsFragment, unknown>;
export const LinkToSendFragmentDoc = new TypedDocumentString(`
    fragment LinkToSend on NewContributionLink {
  token
  link {
    expiresAt
    person {
      firstName
    }
  }
}
    `, {"fragmentName":"LinkToSend"}) as unknown as TypedDocumentString<LinkToSendFragment, unknown>;
export const FeedbackAnswerFieldsFragmentDoc = new TypedDocumentString(`
    fragment FeedbackAnswerFields on FeedbackAnswers {
  listenedTo
  viewsTakenIntoAccount
  wellOrganised
  youngPersonAtTheCentre
  keepTheSame
  change
  anythingElse
  mayQuote
}
    `, {"fragmentName":"FeedbackAnswerFields"}) as unknown as TypedDocumentString<FeedbackAnswerFieldsFragment, unknown>;
export const SharedCommentsPageFragmentDoc = new TypedDocumentString(`
    fragment SharedCommentsPage on SharedFeedbackCommentPage {
  items {
    respondent
    question
    text
    submittedAt
  }
  nextCursor
}
    `, {"fragmentName":"SharedCommentsPage"}) as unknown as TypedDocumentString<SharedCommentsPageFragment, unknown>;
export const ReviewWhenFragmentDoc = new TypedDocumentString(`
    fragment ReviewWhen on Review {
  id
  scheduledFor
}
    `, {"fragmentName":"ReviewWhen"}) as unknown as TypedDocumentString<ReviewWhenFragment, unknown>;
export const ReviewPlanFragmentDoc = new TypedDocumentString(`
    fragment ReviewPlan on Review {
  ...ReviewWhen
  format
  venue
}
    fragment ReviewWhen on Review {
  id
  scheduledFor
}`, {"fragmentName":"ReviewPlan"}) as unknown as TypedDocumentString<ReviewPlanFragment, unknown>;
export const NetworkMemberFragmentDoc = new TypedDocumentString(`
    fragment NetworkMember on NetworkLink {
  mayBeInvited
  relationship
  person {
    ...PersonName
  }
}
    fragment PersonName on Person {
  id
  firstName
}`, {"fragmentName":"NetworkMember"}) as unknown as TypedDocumentString<NetworkMemberFragment, unknown>;
export const StaffContactFieldsFragmentDoc = new TypedDocumentString(`
    fragment StaffContactFields on StaffContact {
  name
  phone
  email
}
    `, {"fragmentName":"StaffContactFields"}) as unknown as TypedDocumentString<StaffContactFieldsFragment, unknown>;
export const CommunicationNeedsFieldsFragmentDoc = new TypedDocumentString(`
    fragment CommunicationNeedsFields on CommunicationNeeds {
  interpreterLanguage
  alternativeCommunication
  otherNeeds
}
    `, {"fragmentName":"CommunicationNeedsFields"}) as unknown as TypedDocumentString<CommunicationNeedsFieldsFragment, unknown>;
export const WorkDeadlineFieldsFragmentDoc = new TypedDocumentString(`
    fragment WorkDeadlineFields on WorkDeadline {
  dueOn
  doneAt
  timeliness
  doneOnTime
}
    `, {"fragmentName":"WorkDeadlineFields"}) as unknown as TypedDocumentString<WorkDeadlineFieldsFragment, unknown>;
export const RecommendationFieldsFragmentDoc = new TypedDocumentString(`
    fragment RecommendationFields on Recommendation {
  id
  number
  action
  responsible
  dueOn
  status
  statusNote
}
    `, {"fragmentName":"RecommendationFields"}) as unknown as TypedDocumentString<RecommendationFieldsFragment, unknown>;
export const RecordSectionsFieldsFragmentDoc = new TypedDocumentString(`
    fragment RecordSectionsFields on RecordSections {
  talkedAbout
  goingWell
  worries
  nextSteps
  youToldUs
}
    `, {"fragmentName":"RecordSectionsFields"}) as unknown as TypedDocumentString<RecordSectionsFieldsFragment, unknown>;
export const RecordQuestionFieldsFragmentDoc = new TypedDocumentString(`
    fragment RecordQuestionFields on RecordQuestion {
  id
  kind
  message
  askedAt
  answer
  answeredAt
}
    `, {"fragmentName":"RecordQuestionFields"}) as unknown as TypedDocumentString<RecordQuestionFieldsFragment, unknown>;
export const SessionStartedFragmentDoc = new TypedDocumentString(`
    fragment SessionStarted on SignedIn {
  token
  expiresAt
  accountId
  role
}
    `, {"fragmentName":"SessionStarted"}) as unknown as TypedDocumentString<SessionStartedFragment, unknown>;
export const InvitationRefusalFragmentDoc = new TypedDocumentString(`
    fragment InvitationRefusal on InvitationRefused {
  reason
  retryAfterSeconds
}
    `, {"fragmentName":"InvitationRefusal"}) as unknown as TypedDocumentString<InvitationRefusalFragment, unknown>;
export const SessionEndsAtFragmentDoc = new TypedDocumentString(`
    fragment SessionEndsAt on SessionEnds {
  idleEndsAt
  expiresAt
}
    `, {"fragmentName":"SessionEndsAt"}) as unknown as TypedDocumentString<SessionEndsAtFragment, unknown>;
export const SupportRequestSummaryFragmentDoc = new TypedDocumentString(`
    fragment SupportRequestSummary on SupportRequest {
  id
  kind
  status
  askedAt
  askedOnBehalf
  statusChangedAt
  allocatedAt
  closedAt
  closedReason
}
    `, {"fragmentName":"SupportRequestSummary"}) as unknown as TypedDocumentString<SupportRequestSummaryFragment, unknown>;
export const ViewsAnswerFieldsFragmentDoc = new TypedDocumentString(`
    fragment ViewsAnswerFields on ViewsAnswers {
  usedShorterVersion
  goingWell
  worryingMe
  wouldLikeToChange
  talkAboutAtReview
  feelingAboutHome
  feelingAboutSchool
  feelingAboutHealth
  feelingAboutFamilyTime
  feelingAboutFriendsAndActivities
  anythingElse
}
    `, {"fragmentName":"ViewsAnswerFields"}) as unknown as TypedDocumentString<ViewsAnswerFieldsFragment, unknown>;
export const ViewsSentFragmentDoc = new TypedDocumentString(`
    fragment ViewsSent on ViewsVersion {
  number
  audience
  submittedAt
}
    `, {"fragmentName":"ViewsSent"}) as unknown as TypedDocumentString<ViewsSentFragment, unknown>;
export const OpenWorryFragmentDoc = new TypedDocumentString(`
    fragment OpenWorry on WorryAlert {
  id
  youngPersonName
  wants
  howSoon
  about
  raisedAt
  contactBy
}
    `, {"fragmentName":"OpenWorry"}) as unknown as TypedDocumentString<OpenWorryFragment, unknown>;
export const ArrangeReviewDocument = new TypedDocumentString(`
    query ArrangeReview($id: ID!) {
  me {
    role
  }
  youngPerson(id: $id) {
    firstName
    reviewDue {
      ...ReviewDueFields
    }
    plannedReview {
      ...ReviewPlan
      history {
        id
        kind
        startBefore
        startAfter
        formatBefore
        formatAfter
        venueBefore
        venueAfter
        reason
        occurredAt
        changedBy {
          firstName
        }
      }
    }
  }
}
    fragment ReviewDueFields on ReviewDue {
  sequence
  dueOn
  timeliness
}
fragment ReviewWhen on Review {
  id
  scheduledFor
}
fragment ReviewPlan on Review {
  ...ReviewWhen
  format
  venue
}`, {"hash":"24df72dc2b52e9c04f74d00688c702e7ec44857f0f81367b8a89bcb0eb5a9734"}) as unknown as TypedDocumentString<ArrangeReviewQuery, ArrangeReviewQueryVariables>;
export const ScheduleReviewDocument = new TypedDocumentString(`
    mutation ScheduleReview($input: ScheduleReviewInput!) {
  scheduleReview(input: $input) {
    id
  }
}
    `, {"hash":"2220deb27883690103af2275e1d8fe7068c8948264ce40c1e8db083acac32da6"}) as unknown as TypedDocumentString<ScheduleReviewMutation, ScheduleReviewMutationVariables>;
export const RescheduleReviewDocument = new TypedDocumentString(`
    mutation RescheduleReview($input: RescheduleReviewInput!) {
  rescheduleReview(input: $input) {
    id
  }
}
    `, {"hash":"04638c9c668b6960c986a3fe15fe33ba61ff704fd256fea3fa1dcabe28c2aca3"}) as unknown as TypedDocumentString<RescheduleReviewMutation, RescheduleReviewMutationVariables>;
export const RearrangeReviewDocument = new TypedDocumentString(`
    mutation RearrangeReview($input: RearrangeReviewInput!) {
  rearrangeReview(input: $input) {
    id
  }
}
    `, {"hash":"9ad54727c9374472e6c8576955edef825277b4cecb74233413347f33d4cb5e1e"}) as unknown as TypedDocumentString<RearrangeReviewMutation, RearrangeReviewMutationVariables>;
export const RecordReviewHeldDocument = new TypedDocumentString(`
    mutation RecordReviewHeld($input: RecordReviewHeldInput!) {
  recordReviewHeld(input: $input) {
    id
  }
}
    `, {"hash":"3da1713da885de6140436991eeedfc6d8fe678c8599adfe5f2e48e02bfcbb773"}) as unknown as TypedDocumentString<RecordReviewHeldMutation, RecordReviewHeldMutationVariables>;
export const AdjournReviewDocument = new TypedDocumentString(`
    mutation AdjournReview($input: AdjournReviewInput!) {
  adjournReview(input: $input) {
    id
  }
}
    `, {"hash":"9e8946cc352de7d927d4a77f62b30fdc488ecb0fc3c80ed59af780dce1b5eb3a"}) as unknown as TypedDocumentString<AdjournReviewMutation, AdjournReviewMutationVariables>;
export const CancelReviewDocument = new TypedDocumentString(`
    mutation CancelReview($input: CancelReviewInput!) {
  cancelReview(input: $input) {
    id
  }
}
    `, {"hash":"1e41f1963f3d9865b99a1da5f23c54331b8c1080cbf950d7f7a9b3b250619283"}) as unknown as TypedDocumentString<CancelReviewMutation, CancelReviewMutationVariables>;
export const MyReviewDocument = new TypedDocumentString(`
    query MyReview {
  me {
    youngPerson {
      id
      currentIro {
        firstName
      }
      currentIroContact {
        ...StaffContactFields
      }
      nextReview {
        ...ReviewPlan
        choices {
          lockedAt
          hasUnsentChanges
          sent {
            updatedAt
          }
          draft {
            ...ChoiceSetFields
          }
          answers {
            ...ChoiceAnswerFields
          }
        }
      }
    }
  }
}
    fragment ChoiceSetFields on ChoiceSet {
  place
  placeDetails
  meetingShape
  attendance
  preferredTimes
  timesThatDoNotWork
  invitedPeople {
    ...PersonName
  }
  othersInvited
  notWantedPeople {
    ...PersonName
  }
  notWantedOthers
  meetIroFirst
  chairing
  updatedAt
}
fragment ChoiceAnswerFields on ChoiceAnswer {
  topic
  accepted
  reason
  answeredAt
}
fragment PersonName on Person {
  id
  firstName
}
fragment ReviewWhen on Review {
  id
  scheduledFor
}
fragment ReviewPlan on Review {
  ...ReviewWhen
  format
  venue
}
fragment StaffContactFields on StaffContact {
  name
  phone
  email
}`, {"hash":"349226d605db500fa16906fb87f2ee941b432e32b8bad82158314a23c87ea52c"}) as unknown as TypedDocumentString<MyReviewQuery, MyReviewQueryVariables>;
export const MyNetworkDocument = new TypedDocumentString(`
    query MyNetwork {
  me {
    youngPerson {
      network {
        ...NetworkMember
      }
    }
  }
}
    fragment PersonName on Person {
  id
  firstName
}
fragment NetworkMember on NetworkLink {
  mayBeInvited
  relationship
  person {
    ...PersonName
  }
}`, {"hash":"7cdb50c63e99fad70ae5bfe34d2c6666ae8d196f2e2ccd19959f1a8fbd41f5ab"}) as unknown as TypedDocumentString<MyNetworkQuery, MyNetworkQueryVariables>;
export const SaveReviewChoicesDocument = new TypedDocumentString(`
    mutation SaveReviewChoices($input: SaveReviewChoicesInput!) {
  saveReviewChoices(input: $input) {
    id
  }
}
    `, {"hash":"3e89723fdc1f725816aa8fd87e6406b0ee05b43bf9104c306a2f85d723e423b5"}) as unknown as TypedDocumentString<SaveReviewChoicesMutation, SaveReviewChoicesMutationVariables>;
export const SendReviewChoicesDocument = new TypedDocumentString(`
    mutation SendReviewChoices($reviewId: ID!) {
  sendReviewChoices(reviewId: $reviewId) {
    id
  }
}
    `, {"hash":"d51d7737f11abe887b1763a9127bfbe51c56418848f3716dd696262cd1de7691"}) as unknown as TypedDocumentString<SendReviewChoicesMutation, SendReviewChoicesMutationVariables>;
export const IroReviewChoicesDocument = new TypedDocumentString(`
    query IroReviewChoices($id: ID!) {
  me {
    role
  }
  youngPerson(id: $id) {
    firstName
    reviewDue {
      dueOn
      timeliness
    }
    nextReview {
      ...ReviewWhen
      choices {
        lockedAt
        sent {
          ...ChoiceSetFields
        }
        answers {
          ...ChoiceAnswerFields
        }
      }
    }
  }
}
    fragment ChoiceSetFields on ChoiceSet {
  place
  placeDetails
  meetingShape
  attendance
  preferredTimes
  timesThatDoNotWork
  invitedPeople {
    ...PersonName
  }
  othersInvited
  notWantedPeople {
    ...PersonName
  }
  notWantedOthers
  meetIroFirst
  chairing
  updatedAt
}
fragment ChoiceAnswerFields on ChoiceAnswer {
  topic
  accepted
  reason
  answeredAt
}
fragment PersonName on Person {
  id
  firstName
}
fragment ReviewWhen on Review {
  id
  scheduledFor
}`, {"hash":"f99f7c686e02635e29cd8481506dcd98e1eb50689fb8140233de44d4ec8b7cad"}) as unknown as TypedDocumentString<IroReviewChoicesQuery, IroReviewChoicesQueryVariables>;
export const AnswerChoiceDocument = new TypedDocumentString(`
    mutation AnswerChoice($input: AnswerChoiceInput!) {
  answerChoice(input: $input) {
    id
  }
}
    `, {"hash":"2d6c36d3eb91390cf913f8c163044e7c450ab1ed46f17821cb66fb7bed48a252"}) as unknown as TypedDocumentString<AnswerChoiceMutation, AnswerChoiceMutationVariables>;
export const LockReviewChoicesDocument = new TypedDocumentString(`
    mutation LockReviewChoices($input: LockReviewChoicesInput!) {
  lockReviewChoices(input: $input) {
    id
  }
}
    `, {"hash":"e0229cd822dba3a76a1196d7d0f8382c9847cf83f61e4918364f9f3bbd88934f"}) as unknown as TypedDocumentString<LockReviewChoicesMutation, LockReviewChoicesMutationVariables>;
export const ContributionLinksDocument = new TypedDocumentString(`
    query ContributionLinks($id: ID!) {
  youngPerson(id: $id) {
    firstName
    network {
      ...NetworkMember
    }
    nextReview {
      ...ReviewWhen
      contributionLinks {
        person {
          id
        }
        state
        createdAt
        expiresAt
      }
    }
  }
}
    fragment PersonName on Person {
  id
  firstName
}
fragment ReviewWhen on Review {
  id
  scheduledFor
}
fragment NetworkMember on NetworkLink {
  mayBeInvited
  relationship
  person {
    ...PersonName
  }
}`, {"hash":"b614455a984a88bd60c62c5ba417ccde4cf38c4e1111e2fac60fd0f00d54f8cb"}) as unknown as TypedDocumentString<ContributionLinksQuery, ContributionLinksQueryVariables>;
export const CreateContributionLinkDocument = new TypedDocumentString(`
    mutation CreateContributionLink($input: CreateContributionLinkInput!) {
  createContributionLink(input: $input) {
    ...LinkToSend
  }
}
    fragment LinkToSend on NewContributionLink {
  token
  link {
    expiresAt
    person {
      firstName
    }
  }
}`, {"hash":"2d52ddda7d2e25063cefa4be7300a7edbc3dadba45af2e3bce7665aa126e526c"}) as unknown as TypedDocumentString<CreateContributionLinkMutation, CreateContributionLinkMutationVariables>;
export const ContributionFormDocument = new TypedDocumentString(`
    query ContributionForm($token: String!) {
  contributionForm(token: $token) {
    __typename
    ... on ContributionForm {
      youngPersonFirstName
      reviewScheduledFor
      relationship
      questions
      draft {
        ...ContributionAnswerFields
      }
      draftSavedAt
      expiresAt
      iro {
        ...StaffContactFields
      }
    }
    ... on ContributionFormClosed {
      reason
    }
  }
}
    fragment ContributionAnswerFields on ContributionAnswers {
  howThingsAreGoing
  whatIsGoingWell
  whatWorriesYou
  whatToTalkAbout
  familyTime
  yourInvolvement
  dailyLife
  supportForYou
  carePlanProgress
  changesSinceLastReview
  howYouKnowThem
  anythingElse
}
fragment StaffContactFields on StaffContact {
  name
  phone
  email
}`, {"hash":"1caf8338524f75402e21648e8cb4391014d85fcc464e6eb292732585cf1650d6"}) as unknown as TypedDocumentString<ContributionFormQuery, ContributionFormQueryVariables>;
export const SaveContributionDraftDocument = new TypedDocumentString(`
    mutation SaveContributionDraft($input: SaveContributionDraftInput!) {
  saveContributionDraft(input: $input) {
    __typename
    ... on ContributionFormClosed {
      reason
    }
  }
}
    `, {"hash":"ceaa62c8f58b76ada4c16a2d98b412442c178ab6e0c1cd0eac73c2c6353b169a"}) as unknown as TypedDocumentString<SaveContributionDraftMutation, SaveContributionDraftMutationVariables>;
export const SubmitContributionDocument = new TypedDocumentString(`
    mutation SubmitContribution($input: SubmitContributionInput!) {
  submitContribution(input: $input) {
    __typename
    ... on ContributionFormClosed {
      reason
    }
  }
}
    `, {"hash":"8e947e672f443c1bf6dc32f92712e278ac25b4b7d172946b8f8541aa9b71544c"}) as unknown as TypedDocumentString<SubmitContributionMutation, SubmitContributionMutationVariables>;
export const ContributionLinkToSendDocument = new TypedDocumentString(`
    query ContributionLinkToSend($reviewId: ID!, $personId: ID!) {
  contributionLinkToSend(reviewId: $reviewId, personId: $personId) {
    ...LinkToSend
  }
}
    fragment LinkToSend on NewContributionLink {
  token
  link {
    expiresAt
    person {
      firstName
    }
  }
}`, {"hash":"236b7ca50001d98f989fc481dc491bb3730fffa48f8809ff17a657af1755a6c7"}) as unknown as TypedDocumentString<ContributionLinkToSendQuery, ContributionLinkToSendQueryVariables>;
export const SentContributionDocument = new TypedDocumentString(`
    query SentContribution($token: String!) {
  sentContribution(token: $token) {
    youngPersonFirstName
    questions
    submittedAt
    answers {
      ...ContributionAnswerFields
    }
  }
}
    fragment ContributionAnswerFields on ContributionAnswers {
  howThingsAreGoing
  whatIsGoingWell
  whatWorriesYou
  whatToTalkAbout
  familyTime
  yourInvolvement
  dailyLife
  supportForYou
  carePlanProgress
  changesSinceLastReview
  howYouKnowThem
  anythingElse
}`, {"hash":"1d10855f0fdd9cd5a91200f03eb5d843fe60e2d91c0611124821b10e5a60df1c"}) as unknown as TypedDocumentString<SentContributionQuery, SentContributionQueryVariables>;
export const ReviewAttendanceDocument = new TypedDocumentString(`
    query ReviewAttendance($id: ID!) {
  me {
    role
  }
  youngPerson(id: $id) {
    id
    firstName
    network {
      relationship
      person {
        id
        firstName
      }
    }
    lastHeldReview {
      id
      scheduledFor
      attendees {
        id
        personId
        name
        role
        relationship
        respondent
        feedbackAsked
        linkState
      }
      feedback {
        id
        attendeeId
        respondent
        submittedAt
        answers {
          ...FeedbackAnswerFields
        }
      }
    }
  }
}
    fragment FeedbackAnswerFields on FeedbackAnswers {
  listenedTo
  viewsTakenIntoAccount
  wellOrganised
  youngPersonAtTheCentre
  keepTheSame
  change
  anythingElse
  mayQuote
}`, {"hash":"49256dbb73e79c4d3f881080ec7155aae104d0bea7cbfc7d10bfcde7d8eaf817"}) as unknown as TypedDocumentString<ReviewAttendanceQuery, ReviewAttendanceQueryVariables>;
export const RecordReviewAttendeesDocument = new TypedDocumentString(`
    mutation RecordReviewAttendees($input: RecordReviewAttendeesInput!) {
  recordReviewAttendees(input: $input) {
    feedbackClosesAt
    links {
      token
      attendee {
        id
        name
      }
    }
  }
}
    `, {"hash":"4260b54d1055080c6459bbba324073ba29fc931f688ac945c56220eb2561f6f3"}) as unknown as TypedDocumentString<RecordReviewAttendeesMutation, RecordReviewAttendeesMutationVariables>;
export const FeedbackFormDocument = new TypedDocumentString(`
    query FeedbackForm($token: String!) {
  feedbackForm(token: $token) {
    __typename
    ... on FeedbackForm {
      youngPersonFirstName
      reviewHeldAt
      respondent
      closesAt
      draftSavedAt
      draft {
        ...FeedbackAnswerFields
      }
    }
    ... on ContributionFormClosed {
      reason
    }
  }
}
    fragment FeedbackAnswerFields on FeedbackAnswers {
  listenedTo
  viewsTakenIntoAccount
  wellOrganised
  youngPersonAtTheCentre
  keepTheSame
  change
  anythingElse
  mayQuote
}`, {"hash":"4d77ff9c0ad2281850a002c38ea8ad63965a5a3cbc9983f62b54a8f2a50d9242"}) as unknown as TypedDocumentString<FeedbackFormQuery, FeedbackFormQueryVariables>;
export const SaveFeedbackDraftDocument = new TypedDocumentString(`
    mutation SaveFeedbackDraft($input: FeedbackDraftInput!) {
  saveFeedbackDraft(input: $input) {
    __typename
    ... on ContributionFormClosed {
      reason
    }
  }
}
    `, {"hash":"17974cce9d1bbe5dabfa90533be8cf908063f3fafa62e4cd68a8e928644de9fd"}) as unknown as TypedDocumentString<SaveFeedbackDraftMutation, SaveFeedbackDraftMutationVariables>;
export const SubmitFeedbackDocument = new TypedDocumentString(`
    mutation SubmitFeedback($input: SubmitFeedbackInput!) {
  submitFeedback(input: $input) {
    __typename
    ... on ContributionFormClosed {
      reason
    }
  }
}
    `, {"hash":"7f6e1f152667b6ae0679ae64fe40183e99bd0149a693757a7f72f3f002c96339"}) as unknown as TypedDocumentString<SubmitFeedbackMutation, SubmitFeedbackMutationVariables>;
export const MyFeedbackDocument = new TypedDocumentString(`
    query MyFeedback {
  myFeedback {
    reviewHeldAt
    closesAt
    notNowCount
    submittedAt
    draftSavedAt
    draft {
      ...FeedbackAnswerFields
    }
  }
}
    fragment FeedbackAnswerFields on FeedbackAnswers {
  listenedTo
  viewsTakenIntoAccount
  wellOrganised
  youngPersonAtTheCentre
  keepTheSame
  change
  anythingElse
  mayQuote
}`, {"hash":"9817f5c9df65ccb81eed7d66fb6eefc491468b8e7e1c2f677272f3e20ced4f29"}) as unknown as TypedDocumentString<MyFeedbackQuery, MyFeedbackQueryVariables>;
export const SaveMyFeedbackDraftDocument = new TypedDocumentString(`
    mutation SaveMyFeedbackDraft($input: MyFeedbackDraftInput!) {
  saveMyFeedbackDraft(input: $input) {
    __typename
    ... on ContributionFormClosed {
      reason
    }
  }
}
    `, {"hash":"e0ebcb46b6d3084cb868566cd1fe2ca1e99bdf4de06ae22584cfed289a548adf"}) as unknown as TypedDocumentString<SaveMyFeedbackDraftMutation, SaveMyFeedbackDraftMutationVariables>;
export const SubmitMyFeedbackDocument = new TypedDocumentString(`
    mutation SubmitMyFeedback($input: SubmitMyFeedbackInput!) {
  submitMyFeedback(input: $input) {
    __typename
    ... on ContributionFormClosed {
      reason
    }
  }
}
    `, {"hash":"1749c2ba1fd35a5910705f0012508f4f4d46248be5067d1ce122b5afe1584f25"}) as unknown as TypedDocumentString<SubmitMyFeedbackMutation, SubmitMyFeedbackMutationVariables>;
export const NotNowToFeedbackDocument = new TypedDocumentString(`
    mutation NotNowToFeedback {
  notNowToFeedback {
    notNowCount
  }
}
    `, {"hash":"f3b307e6bcd2e81ed72cc557c437428ccd704b1f2d53adbe0a849ec873bbd13b"}) as unknown as TypedDocumentString<NotNowToFeedbackMutation, NotNowToFeedbackMutationVariables>;
export const FeedbackFiguresDocument = new TypedDocumentString(`
    query FeedbackFigures($input: FeedbackFiguresInput!, $commentsAfter: String) {
  feedbackFigures(input: $input) {
    returns {
      respondent
      sent
      returned
    }
    ratings {
      question
      rating
      count
    }
    sharedComments(after: $commentsAfter) {
      ...SharedCommentsPage
    }
    iros {
      iroPersonId
      iroName
      sent
      returned
    }
  }
}
    fragment SharedCommentsPage on SharedFeedbackCommentPage {
  items {
    respondent
    question
    text
    submittedAt
  }
  nextCursor
}`, {"hash":"e25f59cd182e48d0d30bb1ed1a8066a22e280be2319ca3104a49888ec0da10b2"}) as unknown as TypedDocumentString<FeedbackFiguresQuery, FeedbackFiguresQueryVariables>;
export const FeedbackSharedCommentsDocument = new TypedDocumentString(`
    query FeedbackSharedComments($input: FeedbackFiguresInput!, $after: String) {
  feedbackFigures(input: $input) {
    sharedComments(after: $after) {
      ...SharedCommentsPage
    }
  }
}
    fragment SharedCommentsPage on SharedFeedbackCommentPage {
  items {
    respondent
    question
    text
    submittedAt
  }
  nextCursor
}`, {"hash":"d5ab2fe17b2febf765424b990cf959404bf46510fd4ba0bd5afa8c9ba303591b"}) as unknown as TypedDocumentString<FeedbackSharedCommentsQuery, FeedbackSharedCommentsQueryVariables>;
export const HomeDocument = new TypedDocumentString(`
    query Home {
  me {
    firstName
    role
    youngPerson {
      currentIroContact {
        ...StaffContactFields
      }
      nextReview {
        scheduledFor
      }
      supportRequests {
        ...SupportRequestSummary
      }
    }
  }
  myFeedback {
    submittedAt
    notNowCount
  }
  openWorryAlerts {
    items {
      ...OpenWorry
    }
  }
}
    fragment StaffContactFields on StaffContact {
  name
  phone
  email
}
fragment SupportRequestSummary on SupportRequest {
  id
  kind
  status
  askedAt
  askedOnBehalf
  statusChangedAt
  allocatedAt
  closedAt
  closedReason
}
fragment OpenWorry on WorryAlert {
  id
  youngPersonName
  wants
  howSoon
  about
  raisedAt
  contactBy
}`, {"hash":"27ddb65919344fbc556372361634657e0c6f3367f02bab563dfef84e121ad5d3"}) as unknown as TypedDocumentString<HomeQuery, HomeQueryVariables>;
export const NextReviewIdDocument = new TypedDocumentString(`
    query NextReviewId($id: ID!) {
  youngPerson(id: $id) {
    firstName
    nextReview {
      id
    }
  }
}
    `, {"hash":"b3bccb0a8b2b0bdbb47a5ba5b33c8f57f6fe0dc202b8843c90028eae1bce9d53"}) as unknown as TypedDocumentString<NextReviewIdQuery, NextReviewIdQueryVariables>;
export const PreReviewPackDocument = new TypedDocumentString(`
    query PreReviewPack($reviewId: ID!) {
  preReviewPack(reviewId: $reviewId) {
    readUpTo
    shownAt
    fullName
    dateOfBirth
    iroName
    viewsBefore {
      number
      ...ViewsAnswerFields
    }
    youngPerson {
      firstName
      communicationNeeds {
        ...CommunicationNeedsFields
        updatedAt
      }
      supportRequests {
        ...SupportRequestSummary
      }
      participationHistory {
        reviewId
        scheduledFor
        code
      }
    }
    review {
      ...ReviewPlan
      recommendationsFromLastReview {
        ...RecommendationFields
      }
      choices {
        sent {
          ...ChoiceSetFields
        }
        answers {
          ...ChoiceAnswerFields
        }
      }
      views {
        latest {
          ...ViewsSent
          ...ViewsAnswerFields
        }
      }
      contributions(first: 20) {
        id
        relationship
        submittedAt
        person {
          firstName
        }
        answers {
          ...ContributionAnswerFields
        }
      }
    }
  }
}
    fragment ChoiceSetFields on ChoiceSet {
  place
  placeDetails
  meetingShape
  attendance
  preferredTimes
  timesThatDoNotWork
  invitedPeople {
    ...PersonName
  }
  othersInvited
  notWantedPeople {
    ...PersonName
  }
  notWantedOthers
  meetIroFirst
  chairing
  updatedAt
}
fragment ChoiceAnswerFields on ChoiceAnswer {
  topic
  accepted
  reason
  answeredAt
}
fragment ContributionAnswerFields on ContributionAnswers {
  howThingsAreGoing
  whatIsGoingWell
  whatWorriesYou
  whatToTalkAbout
  familyTime
  yourInvolvement
  dailyLife
  supportForYou
  carePlanProgress
  changesSinceLastReview
  howYouKnowThem
  anythingElse
}
fragment PersonName on Person {
  id
  firstName
}
fragment ReviewWhen on Review {
  id
  scheduledFor
}
fragment ReviewPlan on Review {
  ...ReviewWhen
  format
  venue
}
fragment CommunicationNeedsFields on CommunicationNeeds {
  interpreterLanguage
  alternativeCommunication
  otherNeeds
}
fragment RecommendationFields on Recommendation {
  id
  number
  action
  responsible
  dueOn
  status
  statusNote
}
fragment SupportRequestSummary on SupportRequest {
  id
  kind
  status
  askedAt
  askedOnBehalf
  statusChangedAt
  allocatedAt
  closedAt
  closedReason
}
fragment ViewsAnswerFields on ViewsAnswers {
  usedShorterVersion
  goingWell
  worryingMe
  wouldLikeToChange
  talkAboutAtReview
  feelingAboutHome
  feelingAboutSchool
  feelingAboutHealth
  feelingAboutFamilyTime
  feelingAboutFriendsAndActivities
  anythingElse
}
fragment ViewsSent on ViewsVersion {
  number
  audience
  submittedAt
}`, {"hash":"80acb8bc38b63d6bde67e8ac570f6926dce537e8dd5e6c3d33396bcd51c209d8"}) as unknown as TypedDocumentString<PreReviewPackQuery, PreReviewPackQueryVariables>;
export const CommunicationNeedsDocument = new TypedDocumentString(`
    query CommunicationNeeds($id: ID!) {
  youngPerson(id: $id) {
    firstName
    communicationNeeds {
      ...CommunicationNeedsFields
    }
  }
}
    fragment CommunicationNeedsFields on CommunicationNeeds {
  interpreterLanguage
  alternativeCommunication
  otherNeeds
}`, {"hash":"a9a1e8b78c38bf604e4b84fd5b9c998bbac615df38b883c0864cae763bf798a8"}) as unknown as TypedDocumentString<CommunicationNeedsQuery, CommunicationNeedsQueryVariables>;
export const UpdateCommunicationNeedsDocument = new TypedDocumentString(`
    mutation UpdateCommunicationNeeds($input: UpdateCommunicationNeedsInput!) {
  updateCommunicationNeeds(input: $input) {
    updatedAt
  }
}
    `, {"hash":"a0fd28e9a551aa06578587438d2ea222f3e1308691db0005393bbb8b783c7e5d"}) as unknown as TypedDocumentString<UpdateCommunicationNeedsMutation, UpdateCommunicationNeedsMutationVariables>;
export const MarkPackReadDocument = new TypedDocumentString(`
    mutation MarkPackRead($reviewId: ID!, $upTo: DateTimeISO!) {
  markPackRead(reviewId: $reviewId, upTo: $upTo)
}
    `, {"hash":"e85d537e34400b4181d88c93465938f4caeac5c692659a8e0b86412ef045d936"}) as unknown as TypedDocumentString<MarkPackReadMutation, MarkPackReadMutationVariables>;
export const HeldReviewDocument = new TypedDocumentString(`
    query HeldReview($youngPersonId: ID!, $reviewId: ID!) {
  me {
    role
  }
  youngPerson(id: $youngPersonId) {
    firstName
    network {
      person {
        id
        firstName
      }
      relationship
    }
  }
  heldReview(reviewId: $reviewId) {
    id
    youngPersonId
    scheduledFor
    attendees {
      id
    }
    youngPersonWasUnderFour
    conduct {
      chairedBy
      chairingDeclined
      metIroAloneFirst
      meetings
      participation
    }
    recommendations {
      ...RecommendationFields
    }
    recommendationsIssuedAt
    recommendationsDeadline {
      ...WorkDeadlineFields
    }
    record {
      draft {
        ...RecordSectionsFields
        savedAt
      }
      latest {
        number
        completedAt
      }
      firstOpenedAt
      deadline {
        ...WorkDeadlineFields
      }
    }
    recordQuestions {
      ...RecordQuestionFields
    }
    midwayReviews {
      id
      checkedOn
      note
      concernRaised
    }
  }
}
    fragment WorkDeadlineFields on WorkDeadline {
  dueOn
  doneAt
  timeliness
  doneOnTime
}
fragment RecommendationFields on Recommendation {
  id
  number
  action
  responsible
  dueOn
  status
  statusNote
}
fragment RecordSectionsFields on RecordSections {
  talkedAbout
  goingWell
  worries
  nextSteps
  youToldUs
}
fragment RecordQuestionFields on RecordQuestion {
  id
  kind
  message
  askedAt
  answer
  answeredAt
}`, {"hash":"01f0bbc1c77406b2154f2aa1d1046460aa747ff8df782abe1efec38918677bff"}) as unknown as TypedDocumentString<HeldReviewQuery, HeldReviewQueryVariables>;
export const RecordReviewConductDocument = new TypedDocumentString(`
    mutation RecordReviewConduct($input: RecordReviewConductInput!) {
  recordReviewConduct(input: $input) {
    participation
  }
}
    `, {"hash":"264e1059ddac56c97be37047fc80901c234c41696d173359dde6b11869e3a147"}) as unknown as TypedDocumentString<RecordReviewConductMutation, RecordReviewConductMutationVariables>;
export const AddRecommendationDocument = new TypedDocumentString(`
    mutation AddRecommendation($input: AddRecommendationInput!) {
  addRecommendation(input: $input) {
    id
  }
}
    `, {"hash":"e13c34f12d1fb5edc1e833efdecc5b0d3a4cace5bdadf7e8f0598770df9962fa"}) as unknown as TypedDocumentString<AddRecommendationMutation, AddRecommendationMutationVariables>;
export const IssueRecommendationsDocument = new TypedDocumentString(`
    mutation IssueRecommendations($reviewId: ID!) {
  issueRecommendations(reviewId: $reviewId)
}
    `, {"hash":"949eda896c2a649840cdf3ea1b67ede13ddd96e3134691ea7bd36fbd07ec92a4"}) as unknown as TypedDocumentString<IssueRecommendationsMutation, IssueRecommendationsMutationVariables>;
export const UpdateRecommendationStatusDocument = new TypedDocumentString(`
    mutation UpdateRecommendationStatus($input: RecommendationProgressInput!) {
  updateRecommendationStatus(input: $input) {
    id
  }
}
    `, {"hash":"f200040a34fe460d46d0b7e21e2747f9aae52991bf15c4c8ef08e929356dbb87"}) as unknown as TypedDocumentString<UpdateRecommendationStatusMutation, UpdateRecommendationStatusMutationVariables>;
export const SaveReviewRecordDraftDocument = new TypedDocumentString(`
    mutation SaveReviewRecordDraft($input: SaveReviewRecordDraftInput!) {
  saveReviewRecordDraft(input: $input) {
    savedAt
  }
}
    `, {"hash":"d228893a0a694556738aa2379985af1d24288aeef33b36b2afa64ea715c3b3e9"}) as unknown as TypedDocumentString<SaveReviewRecordDraftMutation, SaveReviewRecordDraftMutationVariables>;
export const CompleteReviewRecordDocument = new TypedDocumentString(`
    mutation CompleteReviewRecord($input: CompleteReviewRecordInput!) {
  completeReviewRecord(input: $input) {
    number
  }
}
    `, {"hash":"f70ab83031e121cbac84b1c8566db3724ebdbd8cf70dabe9e709e30c986acb66"}) as unknown as TypedDocumentString<CompleteReviewRecordMutation, CompleteReviewRecordMutationVariables>;
export const AnswerRecordQuestionDocument = new TypedDocumentString(`
    mutation AnswerRecordQuestion($input: AnswerRecordQuestionInput!) {
  answerRecordQuestion(input: $input) {
    id
  }
}
    `, {"hash":"a31daa4adcb20d7f11e48ef9ed7d5b50fbe417cc30c64f95a373069226e5b228"}) as unknown as TypedDocumentString<AnswerRecordQuestionMutation, AnswerRecordQuestionMutationVariables>;
export const RecordMidwayReviewDocument = new TypedDocumentString(`
    mutation RecordMidwayReview($input: RecordMidwayReviewInput!) {
  recordMidwayReview(input: $input) {
    id
  }
}
    `, {"hash":"02fb9e8fcd1b32b98d37880ac303dccaab100c0a414583de121d3b5e4f7d4e7b"}) as unknown as TypedDocumentString<RecordMidwayReviewMutation, RecordMidwayReviewMutationVariables>;
export const MyReviewRecordsDocument = new TypedDocumentString(`
    query MyReviewRecords {
  me {
    firstName
    youngPerson {
      id
    }
  }
}
    `, {"hash":"253f6598813c9eec60682946a4ad43444dc865edebc9eff80c9e48536de24f84"}) as unknown as TypedDocumentString<MyReviewRecordsQuery, MyReviewRecordsQueryVariables>;
export const ReviewRecordsDocument = new TypedDocumentString(`
    query ReviewRecords($youngPersonId: ID!, $after: String) {
  reviewRecords(youngPersonId: $youngPersonId, first: 20, after: $after) {
    items {
      id
      scheduledFor
      record {
        latest {
          number
          completedAt
        }
      }
    }
    nextCursor
  }
}
    `, {"hash":"f4eb74cac7c109ad418b36df812ecf84ab402579806745e84b446dbe9843950f"}) as unknown as TypedDocumentString<ReviewRecordsQuery, ReviewRecordsQueryVariables>;
export const MyReviewRecordDocument = new TypedDocumentString(`
    query MyReviewRecord($reviewId: ID!) {
  me {
    firstName
  }
  heldReview(reviewId: $reviewId) {
    id
    scheduledFor
    recommendations {
      ...RecommendationFields
    }
    record {
      latest {
        ...RecordSectionsFields
        number
        reason
        completedAt
      }
      versions {
        number
        reason
        completedAt
      }
    }
    recordQuestions {
      ...RecordQuestionFields
    }
  }
}
    fragment RecommendationFields on Recommendation {
  id
  number
  action
  responsible
  dueOn
  status
  statusNote
}
fragment RecordSectionsFields on RecordSections {
  talkedAbout
  goingWell
  worries
  nextSteps
  youToldUs
}
fragment RecordQuestionFields on RecordQuestion {
  id
  kind
  message
  askedAt
  answer
  answeredAt
}`, {"hash":"492efc8d572f403cde3db3f76d7043f13b243993779a485186df125775270d3b"}) as unknown as TypedDocumentString<MyReviewRecordQuery, MyReviewRecordQueryVariables>;
export const MarkReviewRecordOpenedDocument = new TypedDocumentString(`
    mutation MarkReviewRecordOpened($reviewId: ID!) {
  markReviewRecordOpened(reviewId: $reviewId)
}
    `, {"hash":"46516ea68384237b5fded40573954212f08e62baaf6f4df466837681b6c113d4"}) as unknown as TypedDocumentString<MarkReviewRecordOpenedMutation, MarkReviewRecordOpenedMutationVariables>;
export const AskAboutReviewRecordDocument = new TypedDocumentString(`
    mutation AskAboutReviewRecord($input: AskAboutReviewRecordInput!) {
  askAboutReviewRecord(input: $input) {
    id
  }
}
    `, {"hash":"5bcaa3e0fdde735a44f66b028e5e47ebabe13127953595a5c80d1313ab1f74a4"}) as unknown as TypedDocumentString<AskAboutReviewRecordMutation, AskAboutReviewRecordMutationVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($input: SignInInput!) {
  signIn(input: $input) {
    __typename
    ... on SignedIn {
      ...SessionStarted
    }
    ... on SignInRefused {
      reason
      retryAfterSeconds
    }
  }
}
    fragment SessionStarted on SignedIn {
  token
  expiresAt
  accountId
  role
}`, {"hash":"34e2459132a490af3fa55b032c951b7d70402a8168b2dea6fee601fb206e40b5"}) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut
}
    `, {"hash":"39300be1f6ff47633a8c264de2a924d5b71367b646d3bf86d82d7c51c6543956"}) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const SignOutEverywhereDocument = new TypedDocumentString(`
    mutation SignOutEverywhere {
  signOutEverywhere
}
    `, {"hash":"4c1763fb9c6a63882642b282f19ad507e4417c23a4c59c3b633e9f8fe21b26dc"}) as unknown as TypedDocumentString<SignOutEverywhereMutation, SignOutEverywhereMutationVariables>;
export const InvitationCheckDocument = new TypedDocumentString(`
    query InvitationCheck($code: String!) {
  invitation(code: $code) {
    __typename
    ... on InvitationValid {
      firstName
    }
    ... on InvitationRefused {
      ...InvitationRefusal
    }
  }
}
    fragment InvitationRefusal on InvitationRefused {
  reason
  retryAfterSeconds
}`, {"hash":"ea055b721d2df6285bad3865d551eabc7669034f79a2e9d05f090c79d3940d3a"}) as unknown as TypedDocumentString<InvitationCheckQuery, InvitationCheckQueryVariables>;
export const ActivateInvitationDocument = new TypedDocumentString(`
    mutation ActivateInvitation($input: ActivateInvitationInput!) {
  activateInvitation(input: $input) {
    __typename
    ... on SignedIn {
      ...SessionStarted
    }
    ... on InvitationRefused {
      ...InvitationRefusal
    }
  }
}
    fragment SessionStarted on SignedIn {
  token
  expiresAt
  accountId
  role
}
fragment InvitationRefusal on InvitationRefused {
  reason
  retryAfterSeconds
}`, {"hash":"27a527aca7468ff26bfbf4a998394a3d7ebb16f6ce6dd1a8bdfd45397dc1edd6"}) as unknown as TypedDocumentString<ActivateInvitationMutation, ActivateInvitationMutationVariables>;
export const ViewerRoleDocument = new TypedDocumentString(`
    query ViewerRole {
  me {
    role
  }
}
    `, {"hash":"1adf15cf0724316a50e0d5677f921048ae0530f99c24c77d1dac22b7fb583484"}) as unknown as TypedDocumentString<ViewerRoleQuery, ViewerRoleQueryVariables>;
export const SessionEndsDocument = new TypedDocumentString(`
    query SessionEnds {
  sessionEnds {
    ...SessionEndsAt
  }
}
    fragment SessionEndsAt on SessionEnds {
  idleEndsAt
  expiresAt
}`, {"hash":"f98e77e958575cca12503f80020b32d1b291d19603fd51caa22d4956be411c4d"}) as unknown as TypedDocumentString<SessionEndsQuery, SessionEndsQueryVariables>;
export const StaySignedInDocument = new TypedDocumentString(`
    mutation StaySignedIn {
  staySignedIn {
    ...SessionEndsAt
  }
}
    fragment SessionEndsAt on SessionEnds {
  idleEndsAt
  expiresAt
}`, {"hash":"35d2361ce63e2a23847963d69cfba3649400aec03a28707e55118c3a3b661f95"}) as unknown as TypedDocumentString<StaySignedInMutation, StaySignedInMutationVariables>;
export const GetSupportDocument = new TypedDocumentString(`
    query GetSupport {
  me {
    youngPerson {
      id
      supportRequests {
        ...SupportRequestSummary
      }
    }
  }
  supportProviders {
    advocacy
    independentVisitors
  }
}
    fragment SupportRequestSummary on SupportRequest {
  id
  kind
  status
  askedAt
  askedOnBehalf
  statusChangedAt
  allocatedAt
  closedAt
  closedReason
}`, {"hash":"b37162e86b95ce24a94c16082457b7031b12dff0fa5e715f1f6d3f2494505855"}) as unknown as TypedDocumentString<GetSupportQuery, GetSupportQueryVariables>;
export const RequestSupportDocument = new TypedDocumentString(`
    mutation RequestSupport($input: RequestSupportInput!) {
  requestSupport(input: $input) {
    id
  }
}
    `, {"hash":"b6e195e24e4807b124aa5728ac8f2f97277c5c664b0c7dd796f8255e37ea9c53"}) as unknown as TypedDocumentString<RequestSupportMutation, RequestSupportMutationVariables>;
export const WithdrawSupportRequestDocument = new TypedDocumentString(`
    mutation WithdrawSupportRequest($requestId: ID!) {
  withdrawSupportRequest(requestId: $requestId) {
    id
  }
}
    `, {"hash":"1f2335ca8abe438fa5e13b23c0be61f5f34dc750b2c553c2eeb2043b76f12ab6"}) as unknown as TypedDocumentString<WithdrawSupportRequestMutation, WithdrawSupportRequestMutationVariables>;
export const SupportQueueDocument = new TypedDocumentString(`
    query SupportQueue($kind: SupportKind, $status: SupportStatus, $after: String) {
  supportRequests(kind: $kind, status: $status, after: $after) {
    totalCount
    nextCursor
    items {
      id
      kind
      status
      ageInDays
      askedOnBehalf
      youngPersonName
    }
  }
}
    `, {"hash":"6c294c12e3663db1d278d86753a4e68b00d5a41a708be1ced8995e2e94205db1"}) as unknown as TypedDocumentString<SupportQueueQuery, SupportQueueQueryVariables>;
export const SupportRequestDocument = new TypedDocumentString(`
    query SupportRequest($id: ID!) {
  supportRequest(id: $id) {
    ...SupportRequestSummary
    youngPersonName
    why
    howSoon
    contactPreference
    allowedMoves
    moves {
      from
      to
      closedReason
      note
      movedAt
    }
  }
}
    fragment SupportRequestSummary on SupportRequest {
  id
  kind
  status
  askedAt
  askedOnBehalf
  statusChangedAt
  allocatedAt
  closedAt
  closedReason
}`, {"hash":"4508ba835f5443d494e4192c2486c2cc7d2f0c6f93baf0f3dd03982a36fcef02"}) as unknown as TypedDocumentString<SupportRequestQuery, SupportRequestQueryVariables>;
export const MoveSupportRequestDocument = new TypedDocumentString(`
    mutation MoveSupportRequest($input: MoveSupportRequestInput!) {
  moveSupportRequest(input: $input) {
    status
  }
}
    `, {"hash":"0e68efec6d019ad7e26f87f87b33e286fc53b7664e5e28a8949f6059028b2bb2"}) as unknown as TypedDocumentString<MoveSupportRequestMutation, MoveSupportRequestMutationVariables>;
export const SupportFiguresDocument = new TypedDocumentString(`
    query SupportFigures($from: String!, $to: String!) {
  supportFigures(from: $from, to: $to) {
    from
    to
    quarters {
      startsOn
      endsOn
      youngPeopleWithAdvocate
    }
    independentVisitorsMatched
    independentVisitorsWaiting
    allocatedInPeriod
    medianDaysToAdvocate
    medianDaysToIndependentVisitor
  }
}
    `, {"hash":"761c9d27b6ebf46a78074959d9b8b80e6db2b2032b6d31b365270d5dc8ecdf0d"}) as unknown as TypedDocumentString<SupportFiguresQuery, SupportFiguresQueryVariables>;
export const AskForSupportDocument = new TypedDocumentString(`
    query AskForSupport($id: ID!) {
  youngPerson(id: $id) {
    id
    firstName
  }
}
    `, {"hash":"f147bf200cbbc0fe9bcb79b6c6ded847876a8edbf0f60996ccbda49fe79e78f2"}) as unknown as TypedDocumentString<AskForSupportQuery, AskForSupportQueryVariables>;
export const MyViewsDocument = new TypedDocumentString(`
    query MyViews {
  me {
    youngPerson {
      suggestsShorterViews
      currentIro {
        firstName
      }
      nextReview {
        ...ReviewWhen
        views {
          hasUnsubmittedChanges
          latest {
            ...ViewsSent
          }
          draft {
            audience
            ...ViewsAnswerFields
          }
        }
      }
    }
  }
}
    fragment ReviewWhen on Review {
  id
  scheduledFor
}
fragment ViewsAnswerFields on ViewsAnswers {
  usedShorterVersion
  goingWell
  worryingMe
  wouldLikeToChange
  talkAboutAtReview
  feelingAboutHome
  feelingAboutSchool
  feelingAboutHealth
  feelingAboutFamilyTime
  feelingAboutFriendsAndActivities
  anythingElse
}
fragment ViewsSent on ViewsVersion {
  number
  audience
  submittedAt
}`, {"hash":"1f24cc40bf1ae1c25542b979a83c5d19e0c11eb14113cdb82a5b8f8251fa7127"}) as unknown as TypedDocumentString<MyViewsQuery, MyViewsQueryVariables>;
export const SaveViewsDraftDocument = new TypedDocumentString(`
    mutation SaveViewsDraft($input: SaveViewsDraftInput!) {
  saveViewsDraft(input: $input) {
    savedAt
  }
}
    `, {"hash":"d7b9b3380457554bbee666a250e4f6bb879a4113fbcbb33d577a6cd53e77098c"}) as unknown as TypedDocumentString<SaveViewsDraftMutation, SaveViewsDraftMutationVariables>;
export const SubmitViewsDocument = new TypedDocumentString(`
    mutation SubmitViews($input: SubmitViewsInput!) {
  submitViews(input: $input) {
    number
  }
}
    `, {"hash":"3076d4c32989669b2dd848a51342fa297120248e6c9c01b6b1f4eed3279862ce"}) as unknown as TypedDocumentString<SubmitViewsMutation, SubmitViewsMutationVariables>;
export const RaiseWorryDocument = new TypedDocumentString(`
    mutation RaiseWorry($input: RaiseWorryInput!) {
  raiseWorry(input: $input) {
    id
  }
}
    `, {"hash":"ef7e3477ee714352e060387323a989a52378f98de0d64da9e4226d9d519896e6"}) as unknown as TypedDocumentString<RaiseWorryMutation, RaiseWorryMutationVariables>;
export const WorriedDocument = new TypedDocumentString(`
    query Worried {
  me {
    youngPerson {
      id
    }
  }
}
    `, {"hash":"f227f21683991dbf0d474c733d578001b60f9d249b32cec14d17e095fe766727"}) as unknown as TypedDocumentString<WorriedQuery, WorriedQueryVariables>;
export const WorryToldDocument = new TypedDocumentString(`
    query WorryTold($id: ID!) {
  worryAlert(id: $id) {
    contactBy
    toldIroName
    toldSocialWorkerName
    acknowledgedAt
    acknowledgedByName
  }
}
    `, {"hash":"d24c61c7cbe6159e5f28d962baafa418aaa4968082b038d423e181cf2e754749"}) as unknown as TypedDocumentString<WorryToldQuery, WorryToldQueryVariables>;
export const StaffLayoutDocument = new TypedDocumentString(`
    query StaffLayout {
  me {
    role
  }
  openWorryAlerts {
    items {
      ...OpenWorry
    }
  }
}
    fragment OpenWorry on WorryAlert {
  id
  youngPersonName
  wants
  howSoon
  about
  raisedAt
  contactBy
}`, {"hash":"65621870f735b5bbc4123ec3e5a961081b80f8d3df867802e8fde1409145ca84"}) as unknown as TypedDocumentString<StaffLayoutQuery, StaffLayoutQueryVariables>;
export const AcknowledgeWorryDocument = new TypedDocumentString(`
    mutation AcknowledgeWorry($id: ID!) {
  acknowledgeWorry(id: $id) {
    acknowledgedAt
  }
}
    `, {"hash":"4830df504f7a4a2342cd945af836ced7559ff48b35a526371ba2c3c5771a691b"}) as unknown as TypedDocumentString<AcknowledgeWorryMutation, AcknowledgeWorryMutationVariables>;
export const YoungPeopleDocument = new TypedDocumentString(`
    query YoungPeople($after: String, $orderBy: YoungPeopleOrder, $timeliness: ReviewTimeliness, $iroPersonId: ID) {
  youngPeople(
    first: 20
    after: $after
    orderBy: $orderBy
    timeliness: $timeliness
    iroPersonId: $iroPersonId
  ) {
    totalCount
    items {
      id
      firstName
      hasAccount
      currentIro {
        id
        firstName
      }
      nextReview {
        scheduledFor
      }
      reviewDue {
        ...ReviewDueFields
      }
      recordWork {
        reviewId
        scheduledFor
        recommendations {
          ...WorkDeadlineFields
        }
        record {
          ...WorkDeadlineFields
        }
        openQuestions
        questionReviewId
      }
    }
    nextCursor
  }
}
    fragment ReviewDueFields on ReviewDue {
  sequence
  dueOn
  timeliness
}
fragment WorkDeadlineFields on WorkDeadline {
  dueOn
  doneAt
  timeliness
  doneOnTime
}`, {"hash":"78e4c65924df74594d4bc894ea2eb5bc42b2a7ecc0484d4438deaf4968f3707e"}) as unknown as TypedDocumentString<YoungPeopleQuery, YoungPeopleQueryVariables>;
export const CaseloadViewerDocument = new TypedDocumentString(`
    query CaseloadViewer {
  me {
    role
  }
}
    `, {"hash":"cf5e644d8865a00a8a8a41785c2049088a1ad17a7d1848f2a2e970f664121bf2"}) as unknown as TypedDocumentString<CaseloadViewerQuery, CaseloadViewerQueryVariables>;
export const CaseloadIrosDocument = new TypedDocumentString(`
    query CaseloadIros {
  iros {
    personId
    name
  }
}
    `, {"hash":"b60d4a98c84e7542a062f730ddd31654a7b22c8c015037fcc5305fd79c6540df"}) as unknown as TypedDocumentString<CaseloadIrosQuery, CaseloadIrosQueryVariables>;
export const YoungPersonNameDocument = new TypedDocumentString(`
    query YoungPersonName($id: ID!) {
  youngPerson(id: $id) {
    firstName
    hasAccount
  }
}
    `, {"hash":"3dc9af1b9eff4d7942ef96d00031969e47a303a388c5bcce73b010341b5a1805"}) as unknown as TypedDocumentString<YoungPersonNameQuery, YoungPersonNameQueryVariables>;
export const CreateInvitationDocument = new TypedDocumentString(`
    mutation CreateInvitation($youngPersonId: ID!) {
  createInvitation(youngPersonId: $youngPersonId) {
    code
    expiresAt
  }
}
    `, {"hash":"62a17be03cf3cb7611c24b9c317827e1150f6d3cf33ef914f7023e64dbb138ff"}) as unknown as TypedDocumentString<CreateInvitationMutation, CreateInvitationMutationVariables>;