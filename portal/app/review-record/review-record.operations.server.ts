import { graphql } from "~/graphql/generated";

/** A piece of work due after a review: when, and how close or whether done in time. */
export const WorkDeadlineFieldsFragment = graphql(`
  fragment WorkDeadlineFields on WorkDeadline {
    dueOn
    doneAt
    timeliness
    doneOnTime
  }
`);

export const RecommendationFieldsFragment = graphql(`
  fragment RecommendationFields on Recommendation {
    id
    number
    action
    responsible
    dueOn
    status
    statusNote
  }
`);

export const RecordSectionsFieldsFragment = graphql(`
  fragment RecordSectionsFields on RecordSections {
    talkedAbout
    goingWell
    worries
    nextSteps
    youToldUs
  }
`);

/** A young person's question about their record, and the answer: both the IRO's page and the young person's show it. */
export const RecordQuestionFieldsFragment = graphql(`
  fragment RecordQuestionFields on RecordQuestion {
    id
    kind
    message
    askedAt
    answer
    answeredAt
  }
`);

/** Everything the held review's page shows the IRO: what is done, what is owed, and the young person's questions. */
export const HeldReviewQuery = graphql(`
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
`);

export const RecordReviewConductMutation = graphql(`
  mutation RecordReviewConduct($input: RecordReviewConductInput!) {
    recordReviewConduct(input: $input) {
      participation
    }
  }
`);

export const AddRecommendationMutation = graphql(`
  mutation AddRecommendation($input: AddRecommendationInput!) {
    addRecommendation(input: $input) {
      id
    }
  }
`);

export const IssueRecommendationsMutation = graphql(`
  mutation IssueRecommendations($reviewId: ID!) {
    issueRecommendations(reviewId: $reviewId)
  }
`);

export const UpdateRecommendationStatusMutation = graphql(`
  mutation UpdateRecommendationStatus($input: RecommendationProgressInput!) {
    updateRecommendationStatus(input: $input) {
      id
    }
  }
`);

export const SaveReviewRecordDraftMutation = graphql(`
  mutation SaveReviewRecordDraft($input: SaveReviewRecordDraftInput!) {
    saveReviewRecordDraft(input: $input) {
      savedAt
    }
  }
`);

export const CompleteReviewRecordMutation = graphql(`
  mutation CompleteReviewRecord($input: CompleteReviewRecordInput!) {
    completeReviewRecord(input: $input) {
      number
    }
  }
`);

export const AnswerRecordQuestionMutation = graphql(`
  mutation AnswerRecordQuestion($input: AnswerRecordQuestionInput!) {
    answerRecordQuestion(input: $input) {
      id
    }
  }
`);

export const RecordMidwayReviewMutation = graphql(`
  mutation RecordMidwayReview($input: RecordMidwayReviewInput!) {
    recordMidwayReview(input: $input) {
      id
    }
  }
`);

/** The young person's list of their reviews with a record. */
export const MyReviewRecordsQuery = graphql(`
  query MyReviewRecords {
    me {
      firstName
      youngPerson {
        id
      }
    }
  }
`);

export const ReviewRecordsQuery = graphql(`
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
`);

/** The young person's record, as they read it: the newest version, what changed and why, the recommendations and their questions. */
export const MyReviewRecordQuery = graphql(`
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
`);

export const MarkReviewRecordOpenedMutation = graphql(`
  mutation MarkReviewRecordOpened($reviewId: ID!) {
    markReviewRecordOpened(reviewId: $reviewId)
  }
`);

export const AskAboutReviewRecordMutation = graphql(`
  mutation AskAboutReviewRecord($input: AskAboutReviewRecordInput!) {
    askAboutReviewRecord(input: $input) {
      id
    }
  }
`);
