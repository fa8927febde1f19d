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

export const MyReviewQuery = graphql(`
  query MyReview {
    me {
      youngPerson {
        id
        currentIro {
          firstName
        }
        nextReview {
          id
          scheduledFor
          format
          venue
          choices {
            lockedAt
            hasUnsentChanges
            sent {
              updatedAt
            }
            draft {
              place
              placeDetails
              meetingShape
              attendance
              preferredTimes
              timesThatDoNotWork
              invitedPeople {
                id
                firstName
              }
              othersInvited
              notWantedPeople {
                id
                firstName
              }
              notWantedOthers
              meetIroFirst
              chairing
            }
            answers {
              topic
              accepted
              reason
            }
          }
        }
      }
    }
  }
`);

export const MyNetworkQuery = graphql(`
  query MyNetwork {
    me {
      youngPerson {
        network {
          mayBeInvited
          person {
            id
            firstName
          }
        }
      }
    }
  }
`);

export const SaveReviewChoicesMutation = graphql(`
  mutation SaveReviewChoices($input: SaveReviewChoicesInput!) {
    saveReviewChoices(input: $input) {
      id
    }
  }
`);

export const SendReviewChoicesMutation = graphql(`
  mutation SendReviewChoices($reviewId: ID!) {
    sendReviewChoices(reviewId: $reviewId) {
      id
    }
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

export const ContributionLinksQuery = graphql(`
  query ContributionLinks($id: ID!) {
    youngPerson(id: $id) {
      firstName
      network {
        mayBeInvited
        relationship
        person {
          id
          firstName
        }
      }
      nextReview {
        id
        scheduledFor
        contributionLinks {
          person {
            id
          }
          state
          createdAt
          expiresAt
        }
      }
    }
  }
`);

export const CreateContributionLinkMutation = graphql(`
  mutation CreateContributionLink($input: CreateContributionLinkInput!) {
    createContributionLink(input: $input) {
      token
      link {
        expiresAt
        person {
          firstName
        }
      }
    }
  }
`);

export const ContributionFormQuery = graphql(`
  query ContributionForm($token: String!) {
    contributionForm(token: $token) {
      __typename
      ... on ContributionForm {
        youngPersonFirstName
        reviewScheduledFor
        relationship
        questions
        draft {
          howThingsAreGoing
          whatIsGoingWell
          whatWorriesYou
          whatToTalkAbout
          familyTime
          yourInvolvement
          dailyLife
          supportForYou
          carePlanProgress
          changesSinceLastReview
          howYouKnowThem
          anythingElse
        }
        draftSavedAt
        expiresAt
      }
      ... on ContributionFormClosed {
        reason
      }
    }
  }
`);

export const SaveContributionDraftMutation = graphql(`
  mutation SaveContributionDraft($input: SaveContributionDraftInput!) {
    saveContributionDraft(input: $input) {
      __typename
      ... on ContributionFormClosed {
        reason
      }
    }
  }
`);

export const SubmitContributionMutation = graphql(`
  mutation SubmitContribution($input: SubmitContributionInput!) {
    submitContribution(input: $input) {
      __typename
      ... on ContributionFormClosed {
        reason
      }
    }
  }
`);
