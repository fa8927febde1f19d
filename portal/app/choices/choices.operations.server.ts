import { graphql } from "~/graphql/generated";

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
      ...PersonName
    }
    othersInvited
    notWantedPeople {
      ...PersonName
    }
    notWantedOthers
    meetIroFirst
    chairing
    updatedAt
  }
`);

/** The IRO's answer to one of the choices, as the young person, the IRO and the pack read it. */
export const ChoiceAnswerFieldsFragment = graphql(`
  fragment ChoiceAnswerFields on ChoiceAnswer {
    topic
    accepted
    reason
    answeredAt
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
        currentIroContact {
          ...StaffContactFields
        }
        nextReview {
          ...ReviewPlan
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
              ...ChoiceAnswerFields
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
          ...NetworkMember
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
    me {
      role
    }
    youngPerson(id: $id) {
      firstName
      reviewDue {
        dueOn
        timeliness
      }
      nextReview {
        ...ReviewWhen
        choices {
          lockedAt
          sent {
            ...ChoiceSetFields
          }
          answers {
            ...ChoiceAnswerFields
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
