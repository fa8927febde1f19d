import { graphql } from "~/graphql/generated";

/** One feedback form's answers, as a draft and as sent. */
export const FeedbackAnswerFieldsFragment = graphql(`
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
`);

export const ReviewAttendanceQuery = graphql(`
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
`);

export const RecordReviewAttendeesMutation = graphql(`
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
`);

export const FeedbackFormQuery = graphql(`
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
`);

export const SaveFeedbackDraftMutation = graphql(`
  mutation SaveFeedbackDraft($input: FeedbackDraftInput!) {
    saveFeedbackDraft(input: $input) {
      __typename
      ... on ContributionFormClosed {
        reason
      }
    }
  }
`);

export const SubmitFeedbackMutation = graphql(`
  mutation SubmitFeedback($input: SubmitFeedbackInput!) {
    submitFeedback(input: $input) {
      __typename
      ... on ContributionFormClosed {
        reason
      }
    }
  }
`);

export const MyFeedbackQuery = graphql(`
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
`);

export const SaveMyFeedbackDraftMutation = graphql(`
  mutation SaveMyFeedbackDraft($input: MyFeedbackDraftInput!) {
    saveMyFeedbackDraft(input: $input) {
      __typename
      ... on ContributionFormClosed {
        reason
      }
    }
  }
`);

export const SubmitMyFeedbackMutation = graphql(`
  mutation SubmitMyFeedback($input: SubmitMyFeedbackInput!) {
    submitMyFeedback(input: $input) {
      __typename
      ... on ContributionFormClosed {
        reason
      }
    }
  }
`);

export const NotNowToFeedbackMutation = graphql(`
  mutation NotNowToFeedback {
    notNowToFeedback {
      notNowCount
    }
  }
`);

export const SharedCommentsPageFragment = graphql(`
  fragment SharedCommentsPage on SharedFeedbackCommentPage {
    items {
      respondent
      question
      text
      submittedAt
    }
    nextCursor
  }
`);

export const FeedbackFiguresQuery = graphql(`
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
`);

/** The next page of shared comments alone, for the CSV, which carries every one in the range. */
export const FeedbackSharedCommentsQuery = graphql(`
  query FeedbackSharedComments($input: FeedbackFiguresInput!, $after: String) {
    feedbackFigures(input: $input) {
      sharedComments(after: $after) {
        ...SharedCommentsPage
      }
    }
  }
`);
