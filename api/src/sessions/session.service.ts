import { IsNull, LessThan, MoreThan, type DataSource } from "typeorm";
import type { Account } from "../accounts/account.entity";
import { Session } from "./session.entity";
import { hashSecretToken, newSecretToken } from "../kernel/access/secret-token";

export type StartedSession = { token: string; expiresAt: Date; accountId: string };
export type ActiveSession = { sessionId: string; account: Account };
export type SessionLimits = Readonly<{ absoluteMs: number; idleMs: number }>;
/** When a session will end: after a time unused (`idleEndsAt`, which use moves later) or at its fixed end. */
export type SessionEnds = { idleEndsAt: Date; expiresAt: Date };

// Writing last_seen_at on every request would turn every read into a write; once a minute is precise enough.
const TOUCH_INTERVAL_MS = 60_000;

/** Sessions end at a fixed time after signing in, or sooner after a time unused, or when revoked. */
export class SessionService {
  constructor(
    private readonly db: DataSource,
    private readonly limits: SessionLimits,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async start(accountId: string): Promise<StartedSession> {
    const token = newSecretToken();
    const now = this.now();
    const expiresAt = new Date(now.getTime() + this.limits.absoluteMs);
    await this.db.getRepository(Session).insert({ accountId, tokenHash: hashSecretToken(token), expiresAt, lastSeenAt: now });
    return { token, expiresAt, accountId };
  }

  /** The session a token opens, or null when it is unknown, expired, idle too long or revoked. */
  async findActive(token: string): Promise<ActiveSession | null> {
    const now = this.now();
    const sessions = this.db.getRepository(Session);
    const session = await sessions.findOne({
      where: {
        tokenHash: hashSecretToken(token),
        revokedAt: IsNull(),
        expiresAt: MoreThan(now),
        lastSeenAt: MoreThan(new Date(now.getTime() - this.limits.idleMs)),
      },
      relations: { account: true },
    });
    if (!session?.account) return null;
    if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      await sessions.update({ id: session.id, lastSeenAt: LessThan(now) }, { lastSeenAt: now });
    }
    return { sessionId: session.id, account: session.account };
  }

  /** When the active session will end, or null when it has ended. */
  async ends(sessionId: string): Promise<SessionEnds | null> {
    const session = await this.db.getRepository(Session).findOneBy({ id: sessionId, revokedAt: IsNull(), expiresAt: MoreThan(this.now()) });
    return session ? { idleEndsAt: new Date(session.lastSeenAt.getTime() + this.limits.idleMs), expiresAt: session.expiresAt } : null;
  }

  /**
   * Counts as use now, whenever the session was last touched: someone asked to stay signed in, so their idle time
   * starts again at once rather than at the next once-a-minute touch.
   */
  async keepAlive(sessionId: string): Promise<SessionEnds | null> {
    await this.db.getRepository(Session).update({ id: sessionId, revokedAt: IsNull(), lastSeenAt: LessThan(this.now()) }, { lastSeenAt: this.now() });
    return this.ends(sessionId);
  }

  async revoke(sessionId: string): Promise<void> {
    await this.db.getRepository(Session).update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: this.now() });
  }

  /** Signs the account out on every device. */
  async revokeAll(accountId: string): Promise<number> {
    const result = await this.db.getRepository(Session).update({ accountId, revokedAt: IsNull() }, { revokedAt: this.now() });
    return result.affected ?? 0;
  }
}
