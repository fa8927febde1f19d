import { graphql } from "~/graphql/generated";

export const RaiseWorryMutation = graphql(`
  mutation RaiseWorry($input: RaiseWorryInput!) {
    raiseWorry(input: $input) {
      id
    }
  }
`);

export const WorriedQuery = graphql(`
  query Worried {
    me {
      youngPerson {
        id
      }
    }
  }
`);

export const WorryToldQuery = graphql(`
  query WorryTold($id: ID!) {
    worryAlert(id: $id) {
      contactBy
      toldIroName
      toldSocialWorkerName
      acknowledgedAt
      acknowledgedByName
    }
  }
`);

/** An alert as the top of an IRO's or a social worker's pages shows it. */
export const OpenWorryFragment = graphql(`
  fragment OpenWorry on WorryAlert {
    id
    youngPersonName
    wants
    howSoon
    about
    raisedAt
    contactBy
  }
`);

/** Who is signed in, and the alerts waiting for them: the staff pages' layout asks both in one request. */
export const StaffLayoutQuery = graphql(`
  query StaffLayout {
    me {
      role
    }
    openWorryAlerts {
      items {
        ...OpenWorry
      }
    }
  }
`);

export const AcknowledgeWorryMutation = graphql(`
  mutation AcknowledgeWorry($id: ID!) {
    acknowledgeWorry(id: $id) {
      acknowledgedAt
    }
  }
`);
