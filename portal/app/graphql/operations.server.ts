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
