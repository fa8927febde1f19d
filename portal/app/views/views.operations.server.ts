import { graphql } from "~/graphql/generated";

/** The young person's answers, as they write them and as they sent them. */
export const ViewsAnswerFieldsFragment = graphql(`
  fragment ViewsAnswerFields on ViewsAnswers {
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
`);

/** A version of the views the young person sent: which one, who may read it, and when. */
export const ViewsSentFragment = graphql(`
  fragment ViewsSent on ViewsVersion {
    number
    audience
    submittedAt
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
          ...ReviewWhen
          views {
            hasUnsubmittedChanges
            latest {
              ...ViewsSent
            }
            draft {
              audience
              ...ViewsAnswerFields
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
