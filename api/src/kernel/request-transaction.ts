import type { PoolClient, QueryResult } from "pg";
import type { DataSource, EntityManager, QueryRunner } from "typeorm";
import type { Role } from "./access/role";
import { pipeline } from "./statement-pipeline";

/** What row-level security is told about the caller. An account id is absent only while an account is being made. */
export type Claims = Readonly<{ accountId?: string; personId: string; role: Role; localAuthorityId: string }>;

export function claimsOf(account: { id: string; personId: string; role: Role; localAuthorityId: string }): Claims {
  return { accountId: account.id, personId: account.personId, role: account.role, localAuthorityId: account.localAuthorityId };
}

/** SQL for the claims, from SQL expressions: columns of a row, or values quoted for the statement. */
export type ClaimsSql = Readonly<Record<keyof Required<Claims>, string>>;

/** A select list that tells row-level security who is asking, for the rest of the transaction only. */
export function setClaims(sql: ClaimsSql): string {
  return `set_config('my_review.account_id', ${sql.accountId}, true), set_config('my_review.person_id', ${sql.personId}, true),
          set_config('my_review.role', ${sql.role}, true), set_config('my_review.local_authority_id', ${sql.localAuthorityId}, true)`;
}

/**
 * A statement sent in the same round trip as the transaction's BEGIN or COMMIT. Such a round trip takes no parameters,
 * so its values are quoted with `quote`, the driver's own quoting.
 */
export type QuotedStatement = (quote: (value: string) => string) => string;

function claimsStatement(caller: Claims): QuotedStatement {
  return (quote) =>
    `SELECT ${setClaims({ accountId: quote(caller.accountId ?? ""), personId: quote(caller.personId), role: quote(caller.role), localAuthorityId: quote(caller.localAuthorityId) })}`;
}

/**
 * Raised for a query asked of a request's transaction after it ended: the client went away, or the answer was sent
 * while a resolver was still running. Nobody will read that resolver's result, so it stops here, quietly.
 */
export class RequestTransactionEnded extends Error {
  constructor() {
    super("The request's transaction has ended; no more queries run in it.");
    this.name = "RequestTransactionEnded";
  }
}

/** Raised for a query after the request's connection broke (the driver lets a broken connection go at once). */
export class RequestConnectionLost extends Error {
  constructor() {
    super("The request's connection to the database was lost.");
    this.name = "RequestConnectionLost";
  }
}

// The statements TypeORM ends a transaction with, which must still pass once the transaction is ending.
const ENDING_STATEMENTS = new Set(["COMMIT", "ROLLBACK"]);

/**
 * Once the transaction is ending, any query but its end is refused at once: it would otherwise run after the
 * rollback, without the caller's claims (row-level security refuses it), or after the connection went back to the
 * pool. Queries asked before still run first, in order, in the statement pipeline.
 */
function refuseOnceEnding(runner: QueryRunner, ending: () => boolean): void {
  const query = runner.query.bind(runner);
  runner.query = ((...args: Parameters<QueryRunner["query"]>) => {
    if (ending() && !ENDING_STATEMENTS.has(args[0])) return Promise.reject(new RequestTransactionEnded());
    if (runner.isReleased) return Promise.reject(new RequestConnectionLost());
    return query(...args);
  }) as QueryRunner["query"];
}

/**
 * Each GraphQL request runs in one transaction on one connection, with the caller's claims set for that transaction
 * only (`set_config(..., true)`), so row-level security sees who is asking and nothing outlives the request.
 */
export class RequestTransaction {
  private ending: Promise<void> | null = null;
  private contributionLinkId: string | null = null;

  private readonly unpipeline: () => void;

  private constructor(private readonly runner: QueryRunner) {
    this.unpipeline = pipeline(this.client);
    refuseOnceEnding(runner, () => this.ending !== null);
  }

  /** False once the request's transaction is committing or rolling back: then nothing more may run in it. */
  get isOpen(): boolean {
    return this.ending === null;
  }

  static async open(db: DataSource, caller: Claims | null): Promise<RequestTransaction> {
    return (await RequestTransaction.openWith(db, caller ? claimsStatement(caller) : null)).transaction;
  }

  /**
   * Opens the transaction and runs `first` in the same round trip, giving back its rows: the request's first statement
   * (finding the caller's session and setting their claims) costs no round trip of its own.
   */
  static async openWith<Row>(db: DataSource, first: QuotedStatement | null): Promise<{ transaction: RequestTransaction; rows: Row[] }> {
    const runner = db.createQueryRunner();
    const client = (await runner.connect()) as PoolClient;
    try {
      const sql = first ? `START TRANSACTION; ${first((value) => client.escapeLiteral(value))}` : "START TRANSACTION";
      db.logger.logQuery(sql, undefined, runner);
      const results = (await client.query(sql)) as QueryResult | QueryResult[];
      // What TypeORM's startTransaction would have noted, so that nothing inside the request opens a second one.
      Object.assign(runner, { isTransactionActive: true, transactionDepth: 1 });
      return { transaction: new RequestTransaction(runner), rows: Array.isArray(results) ? (results[1]?.rows as Row[]) : [] };
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      await runner.release();
      throw error;
    }
  }

  private get client(): PoolClient {
    return (this.runner as unknown as { databaseConnection: PoolClient }).databaseConnection;
  }

  /**
   * Tells row-level security that the holder of this single-use contribution link is asking, once its token has been
   * checked: the contribution policies then let them reach that link's row and nothing else. False, with nothing
   * changed, when the request has already claimed another link: one request acts for one link.
   */
  async claimContributionLink(linkId: string): Promise<boolean> {
    if (this.contributionLinkId !== null) return this.contributionLinkId === linkId;
    this.contributionLinkId = linkId;
    await this.runner.query("SELECT set_config('my_review.link_id', $1, true)", [linkId]);
    return true;
  }

  /** Names an account made inside this transaction as the caller, so that what it does next is audited as its own. */
  async claimAccount(accountId: string): Promise<void> {
    await this.runner.query("SELECT set_config('my_review.account_id', $1, true)", [accountId]);
  }

  get manager(): EntityManager {
    return this.runner.manager;
  }

  /**
   * Commits, running `last` (the audit of the request) in the same round trip, or rolls back; once, after the queries
   * already asked. A second call waits for the first outcome.
   */
  finish(outcome: "commit" | "rollback", last: QuotedStatement | null = null): Promise<void> {
    this.ending ??= this.end(outcome, last);
    return this.ending;
  }

  private async end(outcome: "commit" | "rollback", last: QuotedStatement | null): Promise<void> {
    try {
      if (outcome === "rollback") await this.runner.rollbackTransaction();
      else if (!last) await this.runner.commitTransaction();
      else await this.commitWith(last);
    } finally {
      this.unpipeline();
      await this.runner.release();
    }
  }

  private async commitWith(last: QuotedStatement): Promise<void> {
    const sql = `${last((value) => this.client.escapeLiteral(value))}; COMMIT`;
    this.runner.connection.logger.logQuery(sql, undefined, this.runner);
    try {
      await this.client.query(sql);
      Object.assign(this.runner, { isTransactionActive: false, transactionDepth: 0 });
    } catch (error) {
      await this.client.query("ROLLBACK").catch(() => undefined);
      throw error;
    }
  }
}
