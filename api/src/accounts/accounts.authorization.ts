import { type MatrixRows } from "../testing/authorization-matrix";

/** Who may call this domain's operations, and on whose record (see api/src/testing/authorization-matrix.ts). */
export const authorization: MatrixRows = {
  me: { access: { kind: "public" }, call: () => ({ query: "{ me { id } }" }) },
};
