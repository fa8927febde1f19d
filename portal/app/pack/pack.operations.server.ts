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
      previouslyOpenedAt
      youngPerson {
        firstName
        communicationNeeds {
          ...CommunicationNeedsFields
          updatedAt
        }
      }
      review {
        ...ReviewPlan
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

/** Sent once the pack has been read, so that next time it marks what came in since. */
export const RecordPackOpenedMutation = graphql(`
  mutation RecordPackOpened($reviewId: ID!) {
    recordPackOpened(reviewId: $reviewId)
  }
`);
