import { graphql } from "~/graphql/generated";

/** What someone with a link wrote, as they write it and as the IRO reads it. */
export const ContributionAnswerFieldsFragment = graphql(`
  fragment ContributionAnswerFields on ContributionAnswers {
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
`);

export const ContributionLinksQuery = graphql(`
  query ContributionLinks($id: ID!) {
    youngPerson(id: $id) {
      firstName
      network {
        ...NetworkMember
      }
      nextReview {
        ...ReviewWhen
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

/** A link as the IRO sends it: made now, or shown again until it is used. */
export const LinkToSendFragment = graphql(`
  fragment LinkToSend on NewContributionLink {
    token
    link {
      expiresAt
      person {
        firstName
      }
    }
  }
`);

export const CreateContributionLinkMutation = graphql(`
  mutation CreateContributionLink($input: CreateContributionLinkInput!) {
    createContributionLink(input: $input) {
      ...LinkToSend
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
          ...ContributionAnswerFields
        }
        draftSavedAt
        expiresAt
        iro {
          ...StaffContactFields
        }
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

/** Someone's unused link, to send again (ADR 014): null when it cannot be shown. */
export const ContributionLinkToSendQuery = graphql(`
  query ContributionLinkToSend($reviewId: ID!, $personId: ID!) {
    contributionLinkToSend(reviewId: $reviewId, personId: $personId) {
      ...LinkToSend
    }
  }
`);

/** What the holder of a used link sent, for the thank-you page: null once the link would have expired. */
export const SentContributionQuery = graphql(`
  query SentContribution($token: String!) {
    sentContribution(token: $token) {
      youngPersonFirstName
      questions
      submittedAt
      answers {
        ...ContributionAnswerFields
      }
    }
  }
`);
