import { QueryFailedError } from "typeorm";
import { Role } from "./access/role";
import { RequestTransaction } from "./request-transaction";
import { useTestDatabase } from "../testing/test-database";

const database = useTestDatabase({ migrated: false });

/** Values of every kind a loader sends, including text that looks like SQL and placeholders. */
const VALUES: readonly unknown[] = [
  "it's a $1 ; -- not a comment",
  ["a\"b", "c,d", null, "e\\f"],
  new Date("2026-03-29T01:30:00.123Z"),
  Buffer.from([0, 1, 254, 255]),
  42,
  true,
  null,
  { nested: ["json", 1] },
];
const STATEMENT = `SELECT $1::text AS text, $2::text[] AS list, $3::timestamptz AS at, $4::bytea AS bytes, $5::int AS number,
  $6::boolean AS flag, $7::text AS nothing, $8::jsonb AS json, '$1' AS quoted, "n"."$1" AS identifier FROM (SELECT 1 AS "$1") n`;

async function inRequest<T>(work: (transaction: RequestTransaction) => Promise<T>): Promise<T> {
  const transaction = await RequestTransaction.open(database.db, { personId: "00000000-0000-0000-0000-000000000000", role: Role.IRO, localAuthorityId: "00000000-0000-0000-0000-000000000000" });
  try {
    return await work(transaction);
  } finally {
    await transaction.finish("rollback");
  }
}

describe("statements a request sends together", () => {
  it("give each caller what the same statement gives when sent alone", async () => {
    const alone = await inRequest((transaction) => transaction.manager.query(STATEMENT, [...VALUES]));
    const together = await inRequest((transaction) =>
      Promise.all([transaction.manager.query(STATEMENT, [...VALUES]), transaction.manager.query("SELECT $1::int + 1 AS next", [1]), transaction.manager.query(STATEMENT, [...VALUES])]),
    );
    expect(alone[0]).toMatchObject({ text: VALUES[0], list: VALUES[1], number: 42, flag: true, nothing: null, json: VALUES[7], quoted: "$1", identifier: 1 });
    expect(together).toEqual([alone, [{ next: 2 }], alone]);
  });

  it("fail every caller when one of them fails, as the transaction is then aborted", async () => {
    const outcomes = await inRequest((transaction) =>
      Promise.allSettled([transaction.manager.query("SELECT 1 AS one"), transaction.manager.query("SELECT 1 / $1::int", [0]), transaction.manager.query("SELECT 2 AS two")]),
    );
    expect(outcomes.map((outcome) => outcome.status)).toEqual(["rejected", "rejected", "rejected"]);
    expect(outcomes.every((outcome) => outcome.status === "rejected" && outcome.reason instanceof QueryFailedError)).toBe(true);
  });
});
