import { IsNull, LessThan, MoreThan, type DataSource } from "typeorm";
import type { Role } from "../kernel/access/role";
import type { ViewerAccount } from "../kernel/context";
import type { Statement } from "../kernel/prepared-statements";
import { setClaims } from "../kernel/request-transaction";
import { Session } from "./session.entity";
import { hashSecretToken, newSecretToken } from "../kernel/access/secret-token";

export type StartedSession = { token: string; expiresAt: Date; accountId: string };
export type ActiveSession = { sessionId: string; account: ViewerAccount };
/** A row of `findActiveAndClaim`. */
export type ActiveSessionRow = {
  session_id: string;
  last_seen_at: Date;
  id: string;
  person_id: string;
  username: string;
  role: Role;
  local_authority_id: string;
};
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

  /**
   * The request's opening statement: finds the session a token opens, unless it is unknown, expired, idle too long or
   * revoked, with its account, and sets that account's claims for the request. Read its row with `activeFrom`.
   */
  findActiveAndClaim(token: string): Statement {
    const now = this.now();
    const idleSince = new Date(now.getTime() - this.limits.idleMs);
    return {
      text: `SELECT s.id AS session_id, s.last_seen_at, a.id, a.person_id, a.username, a.role, a.local_authority_id,
                    ${setClaims({ accountId: "a.id::text", personId: "a.person_id::text", role: "a.role::text", localAuthorityId: "a.local_authority_id::text" })}
               FROM session s JOIN account a ON a.id = s.account_id
              WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > $2 AND s.last_seen_at > $3`,
      values: [hashSecretToken(token), now, idleSince],
    };
  }

  /**
   * The session `findActiveAndClaim` found, or null when it found none. Using it counts as use: its idle time starts
   * again, written at most once a minute.
   */
  async activeFrom(rows: readonly ActiveSessionRow[]): Promise<ActiveSession | null> {
    const [row] = rows;
    if (!row) return null;
    const now = this.now();
    if (now.getTime() - row.last_seen_at.getTime() > TOUCH_INTERVAL_MS) {
      await this.db.getRepository(Session).update({ id: row.session_id, lastSeenAt: LessThan(now) }, { lastSeenAt: now });
    }
    return {
      sessionId: row.session_id,
      account: { id: row.id, personId: row.person_id, username: row.username, role: row.role, localAuthorityId: row.local_authority_id },
    };
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
