import type { DataSource, EntityManager, QueryRunner } from "typeorm";
import type { Role } from "./access/role";

/** What row-level security is told about the caller. An account id is absent only while an account is being made. */
export type Claims = Readonly<{ accountId?: string; personId: string; role: Role; localAuthorityId: string }>;

export function claimsOf(account: { id: string; personId: string; role: Role; localAuthorityId: string }): Claims {
  return { accountId: account.id, personId: account.personId, role: account.role, localAuthorityId: account.localAuthorityId };
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
 * A request's DataLoaders fire together on its one connection. pg queues such queries itself but has deprecated doing
 * so (pg 9 drops it), so they wait their turn here instead, in the order they were asked. Once the transaction is
 * ending, any other query is refused at once: it would otherwise run after the rollback, without the caller's claims
 * (row-level security refuses it), or after the connection went back to the pool.
 */
function takeTurns(runner: QueryRunner, ending: () => boolean): void {
  const query = runner.query.bind(runner);
  let previous: Promise<unknown> = Promise.resolve();
  runner.query = ((...args: Parameters<QueryRunner["query"]>) => {
    if (ending() && !ENDING_STATEMENTS.has(args[0])) return Promise.reject(new RequestTransactionEnded());
    const turn = previous.then(() => (runner.isReleased ? Promise.reject(new RequestConnectionLost()) : query(...args)));
    previous = turn.catch(() => undefined);
    return turn;
  }) as QueryRunner["query"];
}

/**
 * Each GraphQL request runs in one transaction on one connection, with the caller's claims set for that transaction
 * only (`set_config(..., true)`), so row-level security sees who is asking and nothing outlives the request.
 */
export class RequestTransaction {
  private ending: Promise<void> | null = null;
  private contributionLinkId: string | null = null;

  private constructor(private readonly runner: QueryRunner) {
    takeTurns(runner, () => this.ending !== null);
  }

  /** False once the request's transaction is committing or rolling back: then nothing more may run in it. */
  get isOpen(): boolean {
    return this.ending === null;
  }

  static async open(db: DataSource, caller: Claims | null): Promise<RequestTransaction> {
    const runner = db.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      if (caller) {
        await runner.query(
          `SELECT set_config('my_review.account_id', $1, true), set_config('my_review.person_id', $2, true),
                  set_config('my_review.role', $3, true), set_config('my_review.local_authority_id', $4, true)`,
          [caller.accountId ?? "", caller.personId, caller.role, caller.localAuthorityId],
        );
      }
      return new RequestTransaction(runner);
    } catch (error) {
      await runner.release();
      throw error;
    }
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

  /** Ends the transaction once, after the queries already asked; a second call waits for the first outcome. */
  finish(outcome: "commit" | "rollback"): Promise<void> {
    this.ending ??= this.end(outcome);
    return this.ending;
  }

  private async end(outcome: "commit" | "rollback"): Promise<void> {
    try {
      if (outcome === "commit") await this.runner.commitTransaction();
      else await this.runner.rollbackTransaction();
    } finally {
      await this.runner.release();
    }
  }
}
