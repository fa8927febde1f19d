import { graphql } from "~/graphql/generated";

export const YoungPeopleQuery = graphql(`
  query YoungPeople($after: String) {
    me {
      role
    }
    youngPeople(first: 20, after: $after) {
      items {
        id
        firstName
        hasAccount
        nextReview {
          scheduledFor
        }
        reviewDue {
          ...ReviewDueFields
        }
      }
      nextCursor
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
