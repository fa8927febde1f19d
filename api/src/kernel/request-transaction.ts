import type { PoolClient, QueryResult } from "pg";
import type { DataSource, EntityManager, QueryRunner } from "typeorm";
import type { Role } from "./access/role";
import { PreparedStatements, type Statement } from "./prepared-statements";
import { pipeline } from "./statement-pipeline";

/** What row-level security is told about the caller. An account id is absent only while an account is being made. */
export type Claims = Readonly<{ accountId?: string; personId: string; role: Role; localAuthorityId: string }>;

export function claimsOf(account: { id: string; personId: string; role: Role; localAuthorityId: string }): Claims {
  return { accountId: account.id, personId: account.personId, role: account.role, localAuthorityId: account.localAuthorityId };
}

/** SQL for the claims, from SQL expressions: columns of a row, or the statement's parameters. */
export type ClaimsSql = Readonly<Record<keyof Required<Claims>, string>>;

/** A select list that tells row-level security who is asking, for the rest of the transaction only. */
export function setClaims(sql: ClaimsSql): string {
  return `set_config('my_review.account_id', ${sql.accountId}, true), set_config('my_review.person_id', ${sql.personId}, true),
          set_config('my_review.role', ${sql.role}, true), set_config('my_review.local_authority_id', ${sql.localAuthorityId}, true)`;
}

function claimsStatement(caller: Claims): Statement {
  return {
    text: `SELECT ${setClaims({ accountId: "$1", personId: "$2", role: "$3", localAuthorityId: "$4" })}`,
    values: [caller.accountId ?? "", caller.personId, caller.role, caller.localAuthorityId],
  };
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
    return (await RequestTransaction.openWith(db, caller ? [claimsStatement(caller)] : [])).transaction;
  }

  /**
   * Opens the transaction and runs `first` in the same round trip, giving back each statement's rows: the request's
   * first statements (finding the caller's session and setting their claims, then what nearly every request reads
   * next) cost no round trip of their own.
   */
  static async openWith(db: DataSource, first: readonly Statement[]): Promise<{ transaction: RequestTransaction; rows: unknown[][] }> {
    const runner = db.createQueryRunner();
    const client = (await runner.connect()) as PoolClient;
    const message = PreparedStatements.of(client).message([{ text: "START TRANSACTION" }, ...first]);
    try {
      db.logger.logQuery(message.sql, undefined, runner);
      const [, ...results] = message.resultsOf((await client.query(message.sql)) as QueryResult | QueryResult[]);
      // What TypeORM's startTransaction would have noted, so that nothing inside the request opens a second one.
      Object.assign(runner, { isTransactionActive: true, transactionDepth: 1 });
      return { transaction: new RequestTransaction(runner), rows: results.map((result) => result.rows) };
    } catch (error) {
      message.failed();
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
  finish(outcome: "commit" | "rollback", last: Statement | null = null): Promise<void> {
    this.ending ??= this.end(outcome, last);
    return this.ending;
  }

  private async end(outcome: "commit" | "rollback", last: Statement | null): Promise<void> {
    try {
      if (outcome === "rollback") await this.runner.rollbackTransaction();
      else if (!last) await this.runner.commitTransaction();
      else await this.commitWith(last);
    } finally {
      this.unpipeline();
      await this.runner.release();
    }
  }

  private async commitWith(last: Statement): Promise<void> {
    const message = PreparedStatements.of(this.client).message([last, { text: "COMMIT" }]);
    this.runner.connection.logger.logQuery(message.sql, undefined, this.runner);
    try {
      await this.client.query(message.sql);
      Object.assign(this.runner, { isTransactionActive: false, transactionDepth: 0 });
    } catch (error) {
      message.failed();
      await this.client.query("ROLLBACK").catch(() => undefined);
      throw error;
    }
  }
}
