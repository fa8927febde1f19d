import type { DataSource } from "typeorm";
import { FailedAttempt } from "./failed-attempt.entity";

export type ThrottleRule = Readonly<{ kind: string; limit: number; windowMs: number }>;
export type ThrottleKey = Readonly<{ rule: ThrottleRule; key: string }>;

const FIFTEEN_MINUTES = 15 * 60 * 1000;

/** Five wrong passphrases for one username, thirty from one address, ten wrong invitation codes from one address. */
export const THROTTLE_RULES = {
  username: { kind: "username", limit: 5, windowMs: FIFTEEN_MINUTES },
  address: { kind: "address", limit: 30, windowMs: FIFTEEN_MINUTES },
  invitationAddress: { kind: "invitation-address", limit: 10, windowMs: FIFTEEN_MINUTES },
} as const satisfies Record<string, ThrottleRule>;

/**
 * Slows guessing by counting failures in PostgreSQL, so every API process sees the same counts. A key that has
 * failed `limit` times within the window must wait until the oldest of those failures leaves it.
 */
export class AttemptThrottle {
  constructor(
    private readonly db: DataSource,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Seconds to wait before trying again, or 0 when every key may try now. */
  async secondsToWait(keys: readonly ThrottleKey[]): Promise<number> {
    let wait = 0;
    for (const { rule, key } of keys) {
      const since = new Date(this.now().getTime() - rule.windowMs);
      const recent = await this.db
        .getRepository(FailedAttempt)
        .createQueryBuilder("attempt")
        .select("attempt.attempted_at", "attemptedAt")
        .where("attempt.kind = :kind AND attempt.key = :key AND attempt.attempted_at > :since", { kind: rule.kind, key, since })
        .orderBy("attempt.attempted_at", "DESC")
        .limit(rule.limit)
        .getRawMany<{ attemptedAt: Date }>();
      const oldest = recent[rule.limit - 1];
      if (oldest) wait = Math.max(wait, Math.ceil((oldest.attemptedAt.getTime() + rule.windowMs - this.now().getTime()) / 1000));
    }
    return wait;
  }

  async recordFailure(keys: readonly ThrottleKey[]): Promise<void> {
    const attemptedAt = this.now();
    await this.db.getRepository(FailedAttempt).insert(keys.map(({ rule, key }) => ({ kind: rule.kind, key, attemptedAt })));
  }

  /** After a success the username starts afresh; an address keeps its count, so one good sign-in cannot hide guessing. */
  async forget(key: ThrottleKey): Promise<void> {
    await this.db.getRepository(FailedAttempt).delete({ kind: key.rule.kind, key: key.key });
  }
}
