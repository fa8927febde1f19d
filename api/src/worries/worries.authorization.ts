import { Role } from "../kernel/access/role";
import { onRecord, type Arrange, type MatrixRows } from "../testing/authorization-matrix";

const anAlert: Arrange = async (make, { youngPersonId }) => ({ alertId: (await make.worryAlert({ youngPersonId })).id });

/** Who may call this domain's operations, and on whose record (see api/src/testing/authorization-matrix.ts). */
export const authorization: MatrixRows = {
  raiseWorry: {
    access: onRecord([Role.YOUNG_PERSON], [], []),
    call: (target) => ({
      query: "mutation ($i: RaiseWorryInput!) { raiseWorry(input: $i) { contactBy } }",
      variables: { i: { youngPersonId: target, wants: "EITHER", howSoon: "AS_SOON_AS_POSSIBLE", submissionKey: "3c1f0e52-8b9d-4a6f-b2c4-7e5d9a0f1b23" } },
    }),
  },
  acknowledgeWorry: {
    access: onRecord([], [Role.IRO, Role.SOCIAL_WORKER], []),
    arrange: anAlert,
    call: (_target, { arranged }) => ({ query: "mutation ($id: ID!) { acknowledgeWorry(id: $id) { acknowledgedAt } }", variables: { id: arranged.alertId } }),
  },
  worryAlert: {
    access: onRecord([Role.YOUNG_PERSON], [Role.IRO, Role.SOCIAL_WORKER], [Role.IRO_MANAGER]),
    arrange: anAlert,
    call: (_target, { arranged }) => ({ query: "query ($id: ID!) { worryAlert(id: $id) { contactBy toldIroName } }", variables: { id: arranged.alertId } }),
  },
  openWorryAlerts: {
    access: { kind: "signedIn" },
    call: () => ({ query: "{ openWorryAlerts(first: 5) { items { id youngPersonName } } }" }),
  },
};
