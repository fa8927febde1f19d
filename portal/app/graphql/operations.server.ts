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
        nextReview {
          scheduledFor
        }
        reviewDue {
          dueOn
          timeliness
        }
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

/** Everything the young person can choose, as both the young person's pages and the IRO's read it. */
export const ChoiceSetFieldsFragment = graphql(`
  fragment ChoiceSetFields on ChoiceSet {
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
    updatedAt
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
              ...ChoiceSetFields
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
            ...ChoiceSetFields
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
          interpreterLanguage
          alternativeCommunication
          otherNeeds
          updatedAt
        }
      }
      review {
        scheduledFor
        format
        venue
        choices {
          sent {
            ...ChoiceSetFields
          }
          answers {
            topic
            accepted
            reason
            answeredAt
          }
        }
        views {
          latest {
            number
            audience
            submittedAt
            usedShorterVersion
            goingWell
            worryingMe
            wouldLikeToChange
            talkAboutAtReview
            anythingElse
            feelingAboutHome
            feelingAboutSchool
            feelingAboutHealth
            feelingAboutFamilyTime
            feelingAboutFriendsAndActivities
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
        interpreterLanguage
        alternativeCommunication
        otherNeeds
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

export const MyViewsQuery = graphql(`
  query MyViews {
    me {
      youngPerson {
        suggestsShorterViews
        currentIro {
          firstName
        }
        nextReview {
          id
          scheduledFor
          views {
            hasUnsubmittedChanges
            latest {
              audience
              submittedAt
            }
            draft {
              audience
              usedShorterVersion
              goingWell
              worryingMe
              wouldLikeToChange
              talkAboutAtReview
              feelingAboutHome
              feelingAboutSchool
              feelingAboutHealth
              feelingAboutFamilyTime
              feelingAboutFriendsAndActivities
              anythingElse
            }
          }
        }
      }
    }
  }
`);

export const SaveViewsDraftMutation = graphql(`
  mutation SaveViewsDraft($input: SaveViewsDraftInput!) {
    saveViewsDraft(input: $input) {
      savedAt
    }
  }
`);

export const SubmitViewsMutation = graphql(`
  mutation SubmitViews($input: SubmitViewsInput!) {
    submitViews(input: $input) {
      number
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

export const ArrangeReviewQuery = graphql(`
  query ArrangeReview($id: ID!) {
    me {
      role
    }
    youngPerson(id: $id) {
      firstName
      reviewDue {
        sequence
        dueOn
        timeliness
      }
      plannedReview {
        id
        scheduledFor
        format
        venue
        history {
          id
          kind
          startBefore
          startAfter
          reason
          occurredAt
          changedBy {
            firstName
          }
        }
      }
    }
  }
`);

export const ScheduleReviewMutation = graphql(`
  mutation ScheduleReview($input: ScheduleReviewInput!) {
    scheduleReview(input: $input) {
      id
    }
  }
`);

export const RescheduleReviewMutation = graphql(`
  mutation RescheduleReview($input: RescheduleReviewInput!) {
    rescheduleReview(input: $input) {
      id
    }
  }
`);

export const RecordReviewHeldMutation = graphql(`
  mutation RecordReviewHeld($input: RecordReviewHeldInput!) {
    recordReviewHeld(input: $input) {
      id
    }
  }
`);

export const AdjournReviewMutation = graphql(`
  mutation AdjournReview($input: AdjournReviewInput!) {
    adjournReview(input: $input) {
      id
    }
  }
`);

export const CancelReviewMutation = graphql(`
  mutation CancelReview($input: CancelReviewInput!) {
    cancelReview(input: $input) {
      id
    }
  }
`);
