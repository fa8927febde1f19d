import { graphql } from "~/graphql/generated";

/** How a young person communicates, as the IRO records it. */
export const CommunicationNeedsFieldsFragment = graphql(`
  fragment CommunicationNeedsFields on CommunicationNeeds {
    interpreterLanguage
    alternativeCommunication
    otherNeeds
  }
`);

export const NextReviewIdQuery = graphql(`
  query NextReviewId($id: ID!) {
    youngPerson(id: $id) {
      firstName
      nextReview {
        id
      }
    }
  }
`);

export const PreReviewPackQuery = graphql(`
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
`);

export const CommunicationNeedsQuery = graphql(`
  query CommunicationNeeds($id: ID!) {
    youngPerson(id: $id) {
      firstName
      communicationNeeds {
        ...CommunicationNeedsFields
      }
    }
  }
`);

export const UpdateCommunicationNeedsMutation = graphql(`
  mutation UpdateCommunicationNeeds($input: UpdateCommunicationNeedsInput!) {
    updateCommunicationNeeds(input: $input) {
      updatedAt
    }
  }
`);

/** Sent when the IRO says they have read the pack as it was shown at `upTo`, so that only what came in later is new. */
export const MarkPackReadMutation = graphql(`
  mutation MarkPackRead($reviewId: ID!, $upTo: DateTimeISO!) {
    markPackRead(reviewId: $reviewId, upTo: $upTo)
  }
`);
