import { graphql } from "~/graphql/generated";

export const HomeQuery = graphql(`
  query Home {
    me {
      firstName
      role
      youngPerson {
        currentIroContact {
          ...StaffContactFields
        }
        nextReview {
          scheduledFor
        }
        supportRequests {
          ...SupportRequestSummary
        }
      }
    }
    myFeedback {
      submittedAt
      notNowCount
    }
    openWorryAlerts {
      items {
        ...OpenWorry
      }
    }
  }
`);
