import { graphql } from "./generated";

export const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      __typename
      ... on SignedIn {
        token
        expiresAt
      }
      ... on SignInRefused {
        reason
        retryAfterSeconds
      }
    }
  }
`);

export const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

export const HomeQuery = graphql(`
  query Home {
    me {
      firstName
      role
      youngPerson {
        nextReview {
          scheduledFor
        }
      }
    }
  }
`);

export const InvitationCheckQuery = graphql(`
  query InvitationCheck($code: String!) {
    invitation(code: $code) {
      __typename
      ... on InvitationValid {
        firstName
      }
      ... on InvitationRefused {
        reason
        retryAfterSeconds
      }
    }
  }
`);

export const ActivateInvitationMutation = graphql(`
  mutation ActivateInvitation($input: ActivateInvitationInput!) {
    activateInvitation(input: $input) {
      __typename
      ... on SignedIn {
        token
        expiresAt
      }
      ... on InvitationRefused {
        reason
        retryAfterSeconds
      }
    }
  }
`);

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
      }
      nextCursor
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

export const YoungPersonNameQuery = graphql(`
  query YoungPersonName($id: ID!) {
    youngPerson(id: $id) {
      firstName
      hasAccount
    }
  }
`);

export const SignOutEverywhereMutation = graphql(`
  mutation SignOutEverywhere {
    signOutEverywhere
  }
`);

export const IroReviewChoicesQuery = graphql(`
  query IroReviewChoices($id: ID!) {
    youngPerson(id: $id) {
      firstName
      nextReview {
        id
        scheduledFor
        choices {
          lockedAt
          sent {
            place
            placeDetails
            meetingShape
            attendance
            preferredTimes
            timesThatDoNotWork
            invitedPeople {
              firstName
            }
            othersInvited
            notWantedPeople {
              firstName
            }
            notWantedOthers
            meetIroFirst
            chairing
            updatedAt
          }
          answers {
            topic
            accepted
            reason
            answeredAt
          }
        }
      }
    }
  }
`);

export const AnswerChoiceMutation = graphql(`
  mutation AnswerChoice($input: AnswerChoiceInput!) {
    answerChoice(input: $input) {
      id
    }
  }
`);

export const LockReviewChoicesMutation = graphql(`
  mutation LockReviewChoices($input: LockReviewChoicesInput!) {
    lockReviewChoices(input: $input) {
      id
    }
  }
`);
