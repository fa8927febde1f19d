import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { Factories } from "../../fixtures/factories";
import type { Role } from "../kernel/access/role";

/**
 * Who may call each GraphQL operation, and on whose record. Each domain writes the rows of its own operations in
 * `api/src/<domain>/<domain>.authorization.ts`, by hand, not derived from its permissions, so that a mistake in either
 * shows up as a failing cell. Every Query and Mutation in schema/schema.graphql must have a row: the test fails on any
 * operation missing. These files are read by the tests only, and are not built into the API.
 *
 * - `public`: anyone may call it, signed in or not. The operations of a single-use link's holder are public: the
 *   token is their only key, and a token that opens nothing is answered with the closed state UNKNOWN, not an error.
 * - `signedIn`: any signed-in role may call it; nobody else.
 * - `roles`: only these roles, whatever the record.
 * - `onRecord`: it acts on one young person's record. `own` lists the roles allowed on their own record (young
 *   people), `assigned` those allowed on a young person allocated or linked to them, `any` those allowed on anyone's
 *   in their local authority. Everyone else is refused with NOT_FOUND, as if the record did not exist.
 */
export type Access =
  | { kind: "public" }
  | { kind: "signedIn" }
  | { kind: "roles"; roles: readonly Role[] }
  | { kind: "onRecord"; own: readonly Role[]; assigned: readonly Role[]; any: readonly Role[] };

/**
 * The operation to send for one cell: `target` is the young person's id where the operation names one, `reviewId`
 * their planned review (see `targetReview`), with choices drafted and sent (they would meet their IRO first) and views
 * drafted for their IRO only, and `invitedPersonId` someone in their network who may be invited.
 */
export type OperationCall = (
  target: string,
  helpers: {
    newIroPersonId: string;
    reviewId: string;
    invitedPersonId: string;
    arranged: Readonly<Record<string, string>>;
  },
) => { query: string; variables?: Record<string, unknown> };

/**
 * Rows an operation needs on each target's record before it is called (a request to move, say), made by the login
 * user without row-level security; the ids it gives reach `call` as `arranged`.
 */
export type Arrange = (make: Factories, target: { youngPersonId: string; callerAccountId: string }) => Promise<Record<string, string>>;

/** A well-formed token that opens no link. */
export const UNKNOWN_LINK_TOKEN = "A".repeat(43);

/**
 * The planned review each target young person has: by default ten days from now; `started` an hour ago, for
 * operations on a review that has taken place; `none` for operations that plan one (a young person has one at most);
 * `held` a review held yesterday, its record completed and then changed in the IRO's draft, with one recommendation
 * issued and one question from the young person about it (in `arranged`: `recommendationId`, `recordQuestionId`).
 */
export type TargetReview = "inTenDays" | "started" | "none" | "held";

export type MatrixEntry = { access: Access; call: OperationCall; targetReview?: TargetReview; arrange?: Arrange };

export const daysFromNow = (days: number) => new Date(Date.now() + days * 24 * 3_600_000).toISOString();

export const onRecord = (own: readonly Role[], assigned: readonly Role[], any: readonly Role[]): Access => ({ kind: "onRecord", own, assigned, any });

export type MatrixRows = Readonly<Record<string, MatrixEntry>>;

/** Every domain's rows, found by file name so that no list of domains is kept here; an operation may have one row. */
export function loadAuthorizationMatrix(): MatrixRows {
  // Synchronously, as jest collects the cells to run before any test starts.
  const load = createRequire(__filename);
  const source = path.resolve(__dirname, "..");
  const files = readdirSync(source, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".authorization.ts"));
  const matrix: Record<string, MatrixEntry> = {};
  for (const file of files) {
    const { authorization } = load(path.join(source, file)) as { authorization: MatrixRows };
    for (const [operation, entry] of Object.entries(authorization)) {
      if (operation in matrix) throw new Error(`${operation} has rows in two authorization files; ${file} is one.`);
      matrix[operation] = entry;
    }
  }
  return matrix;
}
