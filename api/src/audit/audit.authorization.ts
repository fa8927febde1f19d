import { Role } from "../kernel/access/role";
import { onRecord, type MatrixRows } from "../testing/authorization-matrix";

/** Who may call this domain's operations, and on whose record (see api/src/testing/authorization-matrix.ts). */
export const authorization: MatrixRows = {
  auditTrail: {
    access: onRecord([], [], [Role.IRO_MANAGER]),
    call: (target) => ({ query: "query ($id: ID!) { auditTrail(youngPersonId: $id) { nextCursor } }", variables: { id: target } }),
  },
};
