import { graphql } from "~/graphql/generated";

/** When a young person's next review is due by law, and whether it is on time: on the IRO's list and arranging page. */
export const ReviewDueFieldsFragment = graphql(`
  fragment ReviewDueFields on ReviewDue {
    sequence
    dueOn
    timeliness
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
        ...ReviewDueFields
      }
      plannedReview {
        ...ReviewPlan
        history {
          id
          kind
          startBefore
          startAfter
          formatBefore
          formatAfter
          venueBefore
          venueAfter
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

export const RearrangeReviewMutation = graphql(`
  mutation RearrangeReview($input: RearrangeReviewInput!) {
    rearrangeReview(input: $input) {
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
