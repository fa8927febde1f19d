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
