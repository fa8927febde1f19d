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

/** Who is signed in, and the alerts waiting for them: the staff pages' layout asks both in one request. */
export const StaffLayoutQuery = graphql(`
  query StaffLayout {
    me {
      role
    }
    openWorryAlerts {
      items {
        id
        youngPersonId
        youngPersonName
        wants
        howSoon
        about
        raisedAt
        contactBy
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
