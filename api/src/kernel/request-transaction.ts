import type { DataSource, EntityManager, QueryRunner } from "typeorm";
import type { Role } from "./access/role";

/** What row-level security is told about the caller. An account id is absent only while an account is being made. */
export type Claims = Readonly<{ accountId?: string; personId: string; role: Role; localAuthorityId: string }>;

export function claimsOf(account: { id: string; personId: string; role: Role; localAuthorityId: string }): Claims {
  return { accountId: account.id, personId: account.personId, role: account.role, localAuthorityId: account.localAuthorityId };
}

/**
 * A request's DataLoaders fire together on its one connection. pg queues such queries itself but has deprecated doing
 * so (pg 9 drops it), so they wait their turn here instead, in the order they were asked.
 */
function takeTurns(runner: QueryRunner): void {
  const query = runner.query.bind(runner);
  let previous: Promise<unknown> = Promise.resolve();
  runner.query = ((...args: Parameters<QueryRunner["query"]>) => {
    const turn = previous.then(() => query(...args));
    previous = turn.catch(() => undefined);
    return turn;
  }) as QueryRunner["query"];
}

/**
 * Each GraphQL request runs in one transaction on one connection, with the caller's claims set for that transaction
 * only (`set_config(..., true)`), so row-level security sees who is asking and nothing outlives the request.
 */
export class RequestTransaction {
  private finished = false;
  private contributionLinkId: string | null = null;

  private constructor(private readonly runner: QueryRunner) {
    takeTurns(runner);
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

  async finish(outcome: "commit" | "rollback"): Promise<void> {
    if (this.finished) return;
    this.finished = true;
    try {
      if (outcome === "commit") await this.runner.commitTransaction();
      else await this.runner.rollbackTransaction();
    } finally {
      await this.runner.release();
    }
  }
}
