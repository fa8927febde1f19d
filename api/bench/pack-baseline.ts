import { createServer, type IncomingMessage } from "node:http";
import { Pool, type PoolClient } from "pg";
import { API_DATABASE_ROLE, connectionOptions } from "../src/database/data-source";
import { hashSecretToken } from "../src/kernel/access/secret-token";
import { packSql } from "./pack-sql";

async function bodyOf(request: IncomingMessage): Promise<{ reviewId?: string }> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString("utf8")) as { reviewId?: string };
}

/** What each of the baseline's connections prepares once: it plans its statements once, as the API's connections do (ADRs 025 and 026). */
const PREPARE = `
  PREPARE claims(bytea) AS
    SELECT set_config('my_review.account_id', a.id::text, true), set_config('my_review.person_id', a.person_id::text, true),
           set_config('my_review.role', a.role::text, true), set_config('my_review.local_authority_id', a.local_authority_id::text, true)
      FROM session s JOIN account a ON a.id = s.account_id
     WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now();
  PREPARE pack(text) AS ${packSql("$1")}`;

/**
 * The ceiling the pack is measured against: a server that checks the session, sets the reader's claims and runs the
 * hand-written pack statement, as the API's role, in one round trip, answering `{ data: { preReviewPack } }`. No
 * GraphQL, no ORM, no audit. Like the API, it prepares its statements once per connection.
 */
function main(port: number, databaseUrl: string): void {
  const pool = new Pool({ connectionString: databaseUrl, max: 10, options: connectionOptions(API_DATABASE_ROLE) });
  const prepared = new WeakSet<PoolClient>();
  createServer((request, response) => {
    if (request.method === "GET") {
      response.end("ready");
      return;
    }
    void (async () => {
      const token = /^Bearer (\S+)$/.exec(request.headers.authorization ?? "")?.[1] ?? "";
      const { reviewId = "" } = await bodyOf(request);
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
        const pack = results[2]?.rows[0]?.pack;
        response.writeHead(pack ? 200 : 404, { "content-type": "application/json" });
        response.end(JSON.stringify(pack ? { data: { preReviewPack: pack } } : { errors: [{ message: "not found" }] }));
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        response.writeHead(500).end(String(error));
      } finally {
        client.release();
      }
    })();
  }).listen(port, "127.0.0.1");
}

main(Number(process.env.PORT), process.env.DATABASE_URL ?? "");
