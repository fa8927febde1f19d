/** In person, online, or some of each. */
export type Attendance =
  | 'IN_PERSON'
  | 'MIXED'
  | 'ONLINE';

/** Who acted: someone signed in, or someone without an account using a single-use link. */
export type AuditActorKind =
  | 'ACCOUNT'
  | 'CONTRIBUTION_LINK';

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

/** How the young person would like to be contacted. */
export type ContactPreference =
  | 'MEET_IN_PERSON'
  | 'PHONE_CALL'
  | 'TEXT_MESSAGE'
  | 'THROUGH_MY_IRO';

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

/** What a single-use link asks for. */
export type ContributionPurpose =
  /** Feedback after the review on how it went, from someone who came. */
  | 'FEEDBACK'
  /** Views before the review, to help it talk about what matters. */
  | 'VIEWS';

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

/** What went wrong, as `extensions.code` of an error. */
export type ErrorCode =
  /** The request itself is malformed, such as a body that is not JSON. */
  | 'BAD_REQUEST'
  /** Something sent is not right; `extensions.fields` says what, field by field, each with a FieldErrorCode. */
  | 'BAD_USER_INPUT'
  /** The young person's choices are fixed while their IRO arranges the review. */
  | 'CHOICES_LOCKED'
  /** Signed in, but this role may not do that. */
  | 'FORBIDDEN'
  /** The query is not GraphQL, or is longer than the API accepts. */
  | 'GRAPHQL_PARSE_FAILED'
  /** The query asks for something the schema does not have, or more than the query limits allow. */
  | 'GRAPHQL_VALIDATION_FAILED'
  /** A fault on the API's side; the log has the detail under the request id. */
  | 'INTERNAL_SERVER_ERROR'
  /** No such record, or one the caller may not see: the two are answered alike. */
  | 'NOT_FOUND'
  /** The request does not say which of its document's operations to run. */
  | 'OPERATION_RESOLUTION_FAILURE'
  /** The request is larger than the API accepts. */
  | 'PAYLOAD_TOO_LARGE'
  /** No trusted document has the hash the request sent (ADR 017). */
  | 'PERSISTED_QUERY_NOT_FOUND'
  /** The API cannot reach its database just now (HTTP 503): try again after the `Retry-After` header's seconds. */
  | 'SERVICE_UNAVAILABLE'
  /** No session, or one that has ended: sign in again. */
  | 'UNAUTHENTICATED';

/** A question of the feedback form answered in words. */
export type FeedbackCommentQuestion =
  | 'ANYTHING_ELSE'
  | 'CHANGE'
  | 'KEEP_THE_SAME';

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

/** What is wrong with one field of a BAD_USER_INPUT error: `extensions.fields[].code`. */
export type FieldErrorCode =
  /** The young person already has an account. */
  | 'ALREADY_HAS_ACCOUNT'
  /** The young person already has a review planned. */
  | 'ALREADY_PLANNED'
  /** Contradicts another field or another choice in the same request. */
  | 'CONFLICTING'
  /** A passphrase too like the person's name or username. */
  | 'CONTAINS_NAME'
  /** Not in the form expected, such as an id, a date or a cursor that was never given out. */
  | 'INVALID_FORMAT'
  /** A time that has already passed. */
  | 'IN_THE_PAST'
  /** A username that looks like an email address. */
  | 'LOOKS_LIKE_EMAIL'
  /** A username with what looks like a phone number in it. */
  | 'LOOKS_LIKE_PHONE_NUMBER'
  /** Sending needs at least one answer. */
  | 'NOTHING_ANSWERED'
  /** A username with a character other than a to z, 0 to 9, dots, dashes and underscores. */
  | 'NOT_ALLOWED_CHARACTER'
  /** A move its record's state does not allow, such as allocating a request nobody has referred yet; the message says which moves are allowed. */
  | 'NOT_AN_ALLOWED_MOVE'
  /** An answer to a question that is not asked of this person. */
  | 'NOT_ASKED_OF_YOU'
  /** The review has started, been held or been cancelled, so this can no longer change. */
  | 'NOT_COMING_UP'
  /** This person cannot take this role, such as an IRO who may not be allocated to this young person. */
  | 'NOT_ELIGIBLE'
  /** The review has not been recorded as held, so nothing that happened at it can be recorded yet. */
  | 'NOT_HELD'
  /** Not one of the choices offered, such as someone outside the young person's network. */
  | 'NOT_ON_THE_LIST'
  /** Refers to something the young person has not sent yet. */
  | 'NOT_SENT_YET'
  /** The review has not started yet. */
  | 'NOT_STARTED_YET'
  /** A number outside what is allowed. */
  | 'OUT_OF_RANGE'
  /** Nothing was given where something is needed. */
  | 'REQUIRED'
  /** A username that does not start with a letter or a number. */
  | 'STARTS_WITH_SYMBOL'
  /** A passphrase on the list of common ones. */
  | 'TOO_COMMON'
  /** Longer (or more items) than allowed. */
  | 'TOO_LONG'
  /** A passphrase with an easily guessed pattern. */
  | 'TOO_PREDICTABLE'
  /** Shorter than allowed. */
  | 'TOO_SHORT'
  /** The same as it already is. */
  | 'UNCHANGED'
  /** Someone already has that username. */
  | 'USERNAME_TAKEN';

export type InvitationRefusalReason =
  | 'EXPIRED'
  | 'NOT_RECOGNISED'
  | 'REPLACED'
  | 'TOO_MANY_ATTEMPTS'
  | 'USED';

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

/** How far a recommendation has got. */
export type RecommendationStatus =
  | 'DONE'
  | 'IN_PROGRESS'
  | 'NOT_DONE';

export type RecordQuestionKind =
  /** "Something here is not right". */
  | 'NOT_RIGHT'
  /** "I have a question". */
  | 'QUESTION';

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

/** Where a review is in its life. */
export type ReviewStatus =
  | 'ADJOURNED'
  | 'CANCELLED'
  | 'HELD'
  | 'PLANNED';

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

export type SignInRefusalReason =
  | 'TOO_MANY_ATTEMPTS'
  | 'WRONG_USERNAME_OR_PASSPHRASE';

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
