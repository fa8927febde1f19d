import { Pool, type PoolClient } from "pg";
import { API_DATABASE_ROLE, connectionOptions } from "../src/database/data-source";
import { hashSecretToken } from "../src/kernel/access/secret-token";
import { packSql } from "./pack-sql";

/** What each connection prepares once: it plans its statements once, as the API's connections do (ADRs 025 and 026). */
const PREPARE = `
  PREPARE claims(bytea) AS
    SELECT set_config('my_review.account_id', a.id::text, true), set_config('my_review.person_id', a.person_id::text, true),
           set_config('my_review.role', a.role::text, true), set_config('my_review.local_authority_id', a.local_authority_id::text, true)
      FROM session s JOIN account a ON a.id = s.account_id
     WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now();
  PREPARE pack(text) AS ${packSql("$1")}`;

export type PackReader = Readonly<{
  /** The pack as the API's `data.preReviewPack`, or null when the token's holder may not read it. */
  read: (token: string, reviewId: string) => Promise<unknown>;
}>;

/**
 * The hand-written way to read a pack: check the session, set the reader's claims and run the pack statement, as the
 * API's role, in one round trip. No GraphQL, no ORM, no audit.
 */
export function packReader(databaseUrl: string): PackReader {
  const pool = new Pool({ connectionString: databaseUrl, max: 10, options: connectionOptions(API_DATABASE_ROLE) });
  const prepared = new WeakSet<PoolClient>();
  return {
    read: async (token, reviewId) => {
      const client = await pool.connect();
      try {
        if (!prepared.has(client)) {
          await client.query(PREPARE);
          prepared.add(client);
        }
        const quote = (value: string) => client.escapeLiteral(value);
        const tokenHash = `\\x${hashSecretToken(token).toString("hex")}`;
        const results = (await client.query(`BEGIN; EXECUTE claims(${quote(tokenHash)}); EXECUTE pack(${quote(reviewId)}); COMMIT`)) as unknown as {
          rows: { pack?: unknown }[];
        }[];
        return results[2]?.rows[0]?.pack ?? null;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
  };
}
