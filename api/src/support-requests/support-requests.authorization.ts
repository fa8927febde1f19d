import { Role } from "../kernel/access/role";
import { onRecord, type Arrange, type MatrixRows } from "../testing/authorization-matrix";

const KEY = "0b7d8c1e-5f0a-4c7e-9a3b-2d6e8f1a4c90";
const aRequest: Arrange = async (make, target) => ({
  requestId: (await make.supportRequest({ youngPersonId: target.youngPersonId, askedByAccountId: target.callerAccountId })).id,
});

/** Who may call this domain's operations, and on whose record (see api/src/testing/authorization-matrix.ts). */
export const authorization: MatrixRows = {
  requestSupport: {
    access: onRecord([Role.YOUNG_PERSON], [Role.IRO], []),
    call: (target) => ({
      query: "mutation ($i: RequestSupportInput!) { requestSupport(input: $i) { id status } }",
      variables: { i: { youngPersonId: target, kind: "ADVOCATE", howSoon: "SOON", contactPreference: "PHONE_CALL", submissionKey: KEY } },
    }),
  },
  withdrawSupportRequest: {
    access: onRecord([Role.YOUNG_PERSON], [], []),
    arrange: aRequest,
    call: (_target, { arranged }) => ({ query: "mutation ($id: ID!) { withdrawSupportRequest(requestId: $id) { status } }", variables: { id: arranged.requestId } }),
  },
  moveSupportRequest: {
    // The coordinator's "any" is any request of their authority; they see nothing else of the young person's record.
    access: onRecord([], [], [Role.ADVOCACY_COORDINATOR]),
    arrange: aRequest,
    call: (_target, { arranged }) => ({
      query: "mutation ($i: MoveSupportRequestInput!) { moveSupportRequest(input: $i) { status } }",
      variables: { i: { requestId: arranged.requestId, to: "WITH_COORDINATOR", note: "Picked up" } },
    }),
  },
  supportRequest: {
    access: onRecord([Role.YOUNG_PERSON], [Role.IRO], [Role.IRO_MANAGER, Role.ADVOCACY_COORDINATOR]),
    arrange: aRequest,
    call: (_target, { arranged }) => ({ query: "query ($id: ID!) { supportRequest(id: $id) { status youngPersonName moves { to } } }", variables: { id: arranged.requestId } }),
  },
  supportRequests: {
    access: { kind: "roles", roles: [Role.ADVOCACY_COORDINATOR] },
    call: () => ({ query: "{ supportRequests(first: 5) { totalCount items { id ageInDays } } }" }),
  },
  supportFigures: {
    access: { kind: "roles", roles: [Role.ADVOCACY_COORDINATOR, Role.IRO_MANAGER] },
    call: () => ({ query: '{ supportFigures(from: "2026-01-01", to: "2026-12-31") { independentVisitorsWaiting quarters { youngPeopleWithAdvocate } } }' }),
  },
  supportProviders: {
    access: { kind: "signedIn" },
    call: () => ({ query: "{ supportProviders { advocacy independentVisitors } }" }),
  },
};
