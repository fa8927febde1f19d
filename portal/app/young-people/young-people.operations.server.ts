import { graphql } from "~/graphql/generated";

export const YoungPeopleQuery = graphql(`
  query YoungPeople($after: String, $orderBy: YoungPeopleOrder, $timeliness: ReviewTimeliness, $iroPersonId: ID) {
    youngPeople(first: 20, after: $after, orderBy: $orderBy, timeliness: $timeliness, iroPersonId: $iroPersonId) {
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
`);

export const CaseloadViewerQuery = graphql(`
  query CaseloadViewer {
    me {
      role
    }
  }
`);

export const CaseloadIrosQuery = graphql(`
  query CaseloadIros {
    iros {
      personId
      name
    }
  }
`);

export const YoungPersonNameQuery = graphql(`
  query YoungPersonName($id: ID!) {
    youngPerson(id: $id) {
      firstName
      hasAccount
    }
  }
`);

export const CreateInvitationMutation = graphql(`
  mutation CreateInvitation($youngPersonId: ID!) {
    createInvitation(youngPersonId: $youngPersonId) {
      code
      expiresAt
    }
  }
`);
