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

export type SubmitViewsInput = {
  reviewId: string | number;
  /** A new UUID for each time the young person presses submit, made by the page. Sending the same one again (a double click, a retry) stores the views once and answers with the same version. */
  submissionKey: string | number;
};

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

export type PersonNameFragment = { id: string, firstName: string };

export type ReviewWhenFragment = { id: string, scheduledFor: string };

export type ReviewPlanFragment = { format: ReviewFormat, venue: string | null, id: string, scheduledFor: string };

export type NetworkMemberFragment = { mayBeInvited: boolean, relationship: Relationship, person: { id: string, firstName: string } };

export type StaffContactFieldsFragment = { name: string, phone: string | null, email: string | null };

export type HomeQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeQuery = { me: { firstName: string, role: Role, youngPerson: { currentIroContact: { name: string, phone: string | null, email: string | null } | null, nextReview: { scheduledFor: string } | null } | null } | null };

export type CommunicationNeedsFieldsFragment = { interpreterLanguage: string | null, alternativeCommunication: string | null, otherNeeds: string | null };

export type NextReviewIdQueryVariables = Exact<{
  id: string | number;
}>;


export type NextReviewIdQuery = { youngPerson: { firstName: string, nextReview: { id: string } | null } };

export type PreReviewPackQueryVariables = Exact<{
  reviewId: string | number;
}>;


export type PreReviewPackQuery = { preReviewPack: { readUpTo: string | null, shownAt: string, fullName: string, dateOfBirth: string, iroName: string | null, viewsBefore: { number: number, usedShorterVersion: boolean, goingWell: string | null, worryingMe: string | null, wouldLikeToChange: string | null, talkAboutAtReview: string | null, feelingAboutHome: Feeling | null, feelingAboutSchool: Feeling | null, feelingAboutHealth: Feeling | null, feelingAboutFamilyTime: Feeling | null, feelingAboutFriendsAndActivities: Feeling | null, anythingElse: string | null } | null, youngPerson: { firstName: string, communicationNeeds: { updatedAt: string, interpreterLanguage: string | null, alternativeCommunication: string | null, otherNeeds: string | null } | null, participationHistory: Array<{ reviewId: string, scheduledFor: string, code: ParticipationCode }> }, review: { format: ReviewFormat, venue: string | null, id: string, scheduledFor: string, recommendationsFromLastReview: Array<{ id: string, number: number, action: string, responsible: string, dueOn: string, status: RecommendationStatus | null, statusNote: string | null }>, choices: { sent: { place: MeetingPlace | null, placeDetails: string | null, meetingShape: MeetingShape | null, attendance: Attendance | null, preferredTimes: Array<PreferredTime> | null, timesThatDoNotWork: string | null, othersInvited: string | null, notWantedOthers: string | null, meetIroFirst: boolean | null, chairing: Chairing | null, updatedAt: string, invitedPeople: Array<{ id: string, firstName: string }> | null, notWantedPeople: Array<{ id: string, firstName: string }> | null } | null, answers: Array<{ topic: ChoiceTopic, accepted: boolean, reason: string | null, answeredAt: string }> }, views: { latest: { number: number, audience: ViewsAudience, submittedAt: string, usedShorterVersion: boolean, goingWell: string | null, worryingMe: string | null, wouldLikeToChange: string | null, talkAboutAtReview: string | null, feelingAboutHome: Feeling | null, feelingAboutSchool: Feeling | null, feelingAboutHealth: Feeling | null, feelingAboutFamilyTime: Feeling | null, feelingAboutFriendsAndActivities: Feeling | null, anythingElse: string | null } | null }, contributions: Array<{ id: string, relationship: Relationship, submittedAt: string, person: { firstName: string }, answers: { howThingsAreGoing: string | null, whatIsGoingWell: string | null, whatWorriesYou: string | null, whatToTalkAbout: string | null, familyTime: string | null, yourInvolvement: string | null, dailyLife: string | null, supportForYou: string | null, carePlanProgress: string | null, changesSinceLastReview: string | null, howYouKnowThem: string | null, anythingElse: string | null } }> } } };

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


export type HeldReviewQuery = { me: { role: Role } | null, youngPerson: { firstName: string, network: Array<{ relationship: Relationship, person: { id: string, firstName: string } }> }, heldReview: { id: string, youngPersonId: string, scheduledFor: string, youngPersonWasUnderFour: boolean, recommendationsIssuedAt: string | null, conduct: { chairedBy: ReviewChair, chairingDeclined: boolean, metIroAloneFirst: boolean, meetings: ReviewMeetings, participation: ParticipationCode } | null, recommendations: Array<{ id: string, number: number, action: string, responsible: string, dueOn: string, status: RecommendationStatus | null, statusNote: string | null }>, recommendationsDeadline: { dueOn: string, doneAt: string | null, timeliness: ReviewTimeliness | null, doneOnTime: boolean | null }, record: { firstOpenedAt: string | null, draft: { savedAt: string, talkedAbout: string | null, goingWell: string | null, worries: string | null, nextSteps: string | null, youToldUs: string | null } | null, latest: { number: number, completedAt: string } | null, deadline: { dueOn: string, doneAt: string | null, timeliness: ReviewTimeliness | null, doneOnTime: boolean | null } }, recordQuestions: Array<{ id: string, kind: RecordQuestionKind, message: string, askedAt: string, answer: string | null, answeredAt: string | null }>, midwayReviews: Array<{ id: string, checkedOn: string, note: string | null, concernRaised: boolean }> } };

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

export type SessionStartedFragment = { token: string, expiresAt: string, accountId: string };

export type InvitationRefusalFragment = { reason: InvitationRefusalReason, retryAfterSeconds: number | null };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn:
    | { __typename: 'SignInRefused', reason: SignInRefusalReason, retryAfterSeconds: number | null }
    | { __typename: 'SignedIn', token: string, expiresAt: string, accountId: string }
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
    | { __typename: 'SignedIn', token: string, expiresAt: string, accountId: string }
   };

export type ViewerRoleQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerRoleQuery = { me: { role: Role } | null };

export type SessionEndsAtFragment = { idleEndsAt: string, expiresAt: string };

export type SessionEndsQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionEndsQuery = { sessionEnds: { idleEndsAt: string, expiresAt: string } };

export type StaySignedInMutationVariables = Exact<{ [key: string]: never; }>;


export type StaySignedInMutation = { staySignedIn: { idleEndsAt: string, expiresAt: string } };

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
    }
  }
}
    fragment StaffContactFields on StaffContact {
  name
  phone
  email
}`, {"hash":"f859b9ac2fc4273df7108b7af01ad78370016dd90a25883b93c0c2b9cf40f19a"}) as unknown as TypedDocumentString<HomeQuery, HomeQueryVariables>;
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
}`, {"hash":"3f89a7587f6de96b1b3e512b722142ae1eb13cddd41fb19993353ec54e2219b1"}) as unknown as TypedDocumentString<PreReviewPackQuery, PreReviewPackQueryVariables>;
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
}`, {"hash":"93d44a04e38b010e8c3222cc43dc9a0c83f9e0cd93773ec48467eb9736fda4ec"}) as unknown as TypedDocumentString<HeldReviewQuery, HeldReviewQueryVariables>;
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
}`, {"hash":"8a7f1bcde64496957a4ab271b509e2790218577e918bfc657a1c979618118b40"}) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
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
}
fragment InvitationRefusal on InvitationRefused {
  reason
  retryAfterSeconds
}`, {"hash":"703136ea217f927d6f219b8733d0209732c81757c33aae3222f0769eb9ce1e69"}) as unknown as TypedDocumentString<ActivateInvitationMutation, ActivateInvitationMutationVariables>;
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