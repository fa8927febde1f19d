import { Role } from "../kernel/access/role";
import { onRecord, type MatrixRows } from "../testing/authorization-matrix";

/** Who may call this domain's operations, and on whose record (see api/src/testing/authorization-matrix.ts). */
export const authorization: MatrixRows = {
  youngPeople: { access: { kind: "signedIn" }, call: () => ({ query: "{ youngPeople(first: 5) { items { id } } }" }) },
  createYoungPerson: {
    access: { kind: "roles", roles: [Role.ADMINISTRATOR] },
    call: () => ({
      query: "mutation ($i: CreateYoungPersonInput!) { createYoungPerson(input: $i) { id } }",
      variables: { i: { firstName: "New", lastName: "Arrival", dateOfBirth: "2015-06-01" } },
    }),
  },
  youngPerson: {
    access: onRecord([Role.YOUNG_PERSON], [Role.IRO, Role.SOCIAL_WORKER], [Role.IRO_MANAGER, Role.ADMINISTRATOR]),
    call: (target) => ({ query: "query ($id: ID!) { youngPerson(id: $id) { id } }", variables: { id: target } }),
  },
  addToNetwork: {
    access: onRecord([], [], [Role.ADMINISTRATOR]),
    call: (target) => ({
      query: "mutation ($i: AddToNetworkInput!) { addToNetwork(input: $i) { id } }",
      variables: { i: { youngPersonId: target, newPerson: { firstName: "Aunt", lastName: "May" }, relationship: "OTHER", mayBeInvited: true } },
    }),
  },
  updateCommunicationNeeds: {
    access: onRecord([], [Role.IRO], [Role.IRO_MANAGER]),
    call: (target) => ({
      query: "mutation ($i: UpdateCommunicationNeedsInput!) { updateCommunicationNeeds(input: $i) { updatedAt } }",
      variables: { i: { youngPersonId: target, interpreterLanguage: "Tigrinya" } },
    }),
  },
};
