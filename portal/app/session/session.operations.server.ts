import { graphql } from "~/graphql/generated";

/** A session the API started: signing in and making an account both end in one. */
export const SessionStartedFragment = graphql(`
  fragment SessionStarted on SignedIn {
    token
    expiresAt
    accountId
    role
  }
`);

/** Why an invitation code cannot be used, checked or used to make an account. */
export const InvitationRefusalFragment = graphql(`
  fragment InvitationRefusal on InvitationRefused {
    reason
    retryAfterSeconds
  }
`);

export const SignInMutation = graphql(`
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
`);

export const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

export const SignOutEverywhereMutation = graphql(`
  mutation SignOutEverywhere {
    signOutEverywhere
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
        ...InvitationRefusal
      }
    }
  }
`);

export const ActivateInvitationMutation = graphql(`
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
`);

/** Who is signed in, for the pages only some may open. */
export const ViewerRoleQuery = graphql(`
  query ViewerRole {
    me {
      role
    }
  }
`);

/** When the signed-in person's session will end, idle and fixed. */
export const SessionEndsFragment = graphql(`
  fragment SessionEndsAt on SessionEnds {
    idleEndsAt
    expiresAt
  }
`);

export const SessionEndsQuery = graphql(`
  query SessionEnds {
    sessionEnds {
      ...SessionEndsAt
    }
  }
`);

export const StaySignedInMutation = graphql(`
  mutation StaySignedIn {
    staySignedIn {
      ...SessionEndsAt
    }
  }
`);
