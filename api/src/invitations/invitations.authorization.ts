import { Role } from "../kernel/access/role";
import { onRecord, type MatrixRows } from "../testing/authorization-matrix";

/** Who may call this domain's operations, and on whose record (see api/src/testing/authorization-matrix.ts). */
export const authorization: MatrixRows = {
  invitation: {
    access: { kind: "public" },
    call: () => ({ query: 'query { invitation(code: "AAAAA-AAAAA") { __typename } }' }),
  },
  activateInvitation: {
    access: { kind: "public" },
    call: () => ({
      query: "mutation ($i: ActivateInvitationInput!) { activateInvitation(input: $i) { __typename } }",
      variables: { i: { code: "AAAAA-AAAAB", username: "nobody.new", passphrase: "three good words" } },
    }),
  },
  createInvitation: {
    access: onRecord([], [Role.IRO], [Role.IRO_MANAGER, Role.ADMINISTRATOR]),
    call: (target) => ({ query: "mutation ($id: ID!) { createInvitation(youngPersonId: $id) { expiresAt } }", variables: { id: target } }),
  },
};
