import { Role } from "../kernel/access/role";
import { onRecord, type MatrixRows } from "../testing/authorization-matrix";

/** Who may call this domain's operations, and on whose record (see api/src/testing/authorization-matrix.ts). */
export const authorization: MatrixRows = {
  iros: { access: { kind: "roles", roles: [Role.IRO_MANAGER] }, call: () => ({ query: "{ iros { personId name } }" }) },
  allocateIro: {
    access: onRecord([], [], [Role.IRO_MANAGER]),
    call: (target, { newIroPersonId }) => ({
      query: "mutation ($i: AllocateIroInput!) { allocateIro(input: $i) { id } }",
      variables: { i: { youngPersonId: target, iroPersonId: newIroPersonId, reason: "Matrix test" } },
    }),
  },
};
