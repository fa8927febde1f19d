import { graphql } from "~/graphql/generated";

/** A request as its young person's tracker and their IRO's pack show it. */
export const SupportRequestSummaryFragment = graphql(`
  fragment SupportRequestSummary on SupportRequest {
    id
    kind
    status
    askedAt
    askedOnBehalf
    statusChangedAt
    allocatedAt
    closedAt
    closedReason
  }
`);

export const GetSupportQuery = graphql(`
  query GetSupport {
    me {
      youngPerson {
        id
        supportRequests {
          ...SupportRequestSummary
        }
      }
    }
    supportProviders {
      advocacy
      independentVisitors
    }
  }
`);

export const RequestSupportMutation = graphql(`
  mutation RequestSupport($input: RequestSupportInput!) {
    requestSupport(input: $input) {
      id
    }
  }
`);

export const WithdrawSupportRequestMutation = graphql(`
  mutation WithdrawSupportRequest($requestId: ID!) {
    withdrawSupportRequest(requestId: $requestId) {
      id
    }
  }
`);

export const SupportQueueQuery = graphql(`
  query SupportQueue($kind: SupportKind, $status: SupportStatus, $after: String) {
    supportRequests(kind: $kind, status: $status, after: $after) {
      totalCount
      nextCursor
      items {
        id
        kind
        status
        ageInDays
        askedOnBehalf
        youngPersonName
      }
    }
  }
`);

export const SupportRequestQuery = graphql(`
  query SupportRequest($id: ID!) {
    supportRequest(id: $id) {
      ...SupportRequestSummary
      youngPersonName
      why
      howSoon
      contactPreference
      allowedMoves
      moves {
        from
        to
        closedReason
        note
        movedAt
      }
    }
  }
`);

export const MoveSupportRequestMutation = graphql(`
  mutation MoveSupportRequest($input: MoveSupportRequestInput!) {
    moveSupportRequest(input: $input) {
      status
    }
  }
`);

export const SupportFiguresQuery = graphql(`
  query SupportFigures($from: String!, $to: String!) {
    supportFigures(from: $from, to: $to) {
      from
      to
      quarters {
        startsOn
        endsOn
        youngPeopleWithAdvocate
      }
      independentVisitorsMatched
      independentVisitorsWaiting
      allocatedInPeriod
      medianDaysToAdvocate
      medianDaysToIndependentVisitor
    }
  }
`);

export const AskForSupportQuery = graphql(`
  query AskForSupport($id: ID!) {
    youngPerson(id: $id) {
      id
      firstName
    }
  }
`);
