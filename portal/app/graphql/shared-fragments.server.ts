import { graphql } from "./generated";

/** Someone named on a page by first name, with the id a form sends back. */
export const PersonNameFragment = graphql(`
  fragment PersonName on Person {
    id
    firstName
  }
`);

/** Which review, and when it starts. */
export const ReviewWhenFragment = graphql(`
  fragment ReviewWhen on Review {
    id
    scheduledFor
  }
`);

/** When a review starts, how it meets and where. */
export const ReviewPlanFragment = graphql(`
  fragment ReviewPlan on Review {
    ...ReviewWhen
    format
    venue
  }
`);

/** Someone in a young person's network, and whether they may be invited to the young person's reviews. */
export const NetworkMemberFragment = graphql(`
  fragment NetworkMember on NetworkLink {
    mayBeInvited
    relationship
    person {
      ...PersonName
    }
  }
`);

/** A member of staff by name, with how to reach them at work: the young person's IRO, on their pages and a link's. */
export const StaffContactFieldsFragment = graphql(`
  fragment StaffContactFields on StaffContact {
    name
    phone
    email
  }
`);
