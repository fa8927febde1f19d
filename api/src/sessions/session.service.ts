import { IsNull, MoreThan, type DataSource } from "typeorm";
import type { Account } from "../accounts/account.entity";
import { Session } from "./session.entity";
import { hashSessionToken, newSessionToken } from "./session-token";

export type StartedSession = { token: string; expiresAt: Date };
export type ActiveSession = { sessionId: string; account: Account };

export class SessionService {
  constructor(
    private readonly db: DataSource,
    private readonly ttlMs: number,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async start(accountId: string): Promise<StartedSession> {
    const token = newSessionToken();
    const expiresAt = new Date(this.now().getTime() + this.ttlMs);
    await this.db.getRepository(Session).insert({ accountId, tokenHash: hashSessionToken(token), expiresAt });
    return { token, expiresAt };
  }

  /** The session a token opens, or null when it is unknown, expired or revoked. */
  async findActive(token: string): Promise<ActiveSession | null> {
    const session = await this.db.getRepository(Session).findOne({
      where: { tokenHash: hashSessionToken(token), revokedAt: IsNull(), expiresAt: MoreThan(this.now()) },
      relations: { account: true },
    });
    if (!session?.account) return null;
    return { sessionId: session.id, account: session.account };
  }

  async revoke(sessionId: string): Promise<void> {
    await this.db.getRepository(Session).update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: this.now() });
  }
}
