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
    openWorryAlerts {
      items {
        ...OpenWorry
      }
    }
  }
`);
