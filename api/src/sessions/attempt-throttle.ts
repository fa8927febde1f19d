import { In, type DataSource } from "typeorm";
import { FailedAttempt } from "./failed-attempt.entity";

export type ThrottleRule = Readonly<{ kind: string; limit: number; windowMs: number }>;
export type ThrottleKey = Readonly<{ rule: ThrottleRule; key: string }>;

const FIFTEEN_MINUTES = 15 * 60 * 1000;

/**
 * Five wrong passphrases for one username, thirty from one address; ten wrong invitation codes from one address and
 * three hundred from everywhere (so that many addresses together still cannot try codes quickly).
 */
export const THROTTLE_RULES = {
  username: { kind: "username", limit: 5, windowMs: FIFTEEN_MINUTES },
  address: { kind: "address", limit: 30, windowMs: FIFTEEN_MINUTES },
  invitationAddress: { kind: "invitation-address", limit: 10, windowMs: FIFTEEN_MINUTES },
  invitationEverywhere: { kind: "invitation-everywhere", limit: 300, windowMs: FIFTEEN_MINUTES },
} as const satisfies Record<string, ThrottleRule>;

/** An IPv6 visitor usually holds a whole /64, so addresses in one /64 count as one; IPv4 counts as itself. */
export function throttleAddress(address: string): string {
  const plain = address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  if (!plain.includes(":")) return plain;
  const [head = "", tail = ""] = plain.split("::");
  const headGroups = head ? head.split(":") : [];
  const tailGroups = tail ? tail.split(":") : [];
  const groups = [...headGroups, ...Array(Math.max(0, 8 - headGroups.length - tailGroups.length)).fill("0"), ...tailGroups];
  return `${groups.slice(0, 4).map((group) => group.toLowerCase().replace(/^0+(?=.)/, "")).join(":")}::/64`;
}

export type Attempt = Readonly<{ ids: string[]; secondsToWait: number }>;

/**
 * Slows guessing by counting attempts in PostgreSQL, so every API process sees the same counts. An attempt is
 * counted before it is checked, so attempts sent all at once cannot slip past together; one that succeeds is then
 * taken back. A key with `limit` failures in the window waits until the oldest of them leaves it.
 */
export class AttemptThrottle {
  constructor(
    private readonly db: DataSource,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Counts an attempt on every key; `secondsToWait` above 0 means it must not be checked at all. */
  async begin(keys: readonly ThrottleKey[]): Promise<Attempt> {
    const attemptedAt = this.now();
    const inserted = await this.db
      .getRepository(FailedAttempt)
      .insert(keys.map(({ rule, key }) => ({ kind: rule.kind, key, attemptedAt })));
    const ids = inserted.identifiers.map((identifier) => String(identifier.id));
    return { ids, secondsToWait: await this.secondsUntilFewerThan(keys, (rule) => rule.limit + 1) };
  }

  /** After a failure: how long until another attempt may be made (0 if one may be made now). */
  secondsToWait(keys: readonly ThrottleKey[]): Promise<number> {
    return this.secondsUntilFewerThan(keys, (rule) => rule.limit);
  }

  /** The attempt was right: it does not count, and the username's earlier failures are forgotten. */
  async succeeded(attempt: Attempt, forget?: ThrottleKey): Promise<void> {
    const failures = this.db.getRepository(FailedAttempt);
    await failures.delete({ id: In(attempt.ids) });
    if (forget) await failures.delete({ kind: forget.rule.kind, key: forget.key });
  }

  private async secondsUntilFewerThan(keys: readonly ThrottleKey[], count: (rule: ThrottleRule) => number): Promise<number> {
    let wait = 0;
    for (const { rule, key } of keys) {
      const since = new Date(this.now().getTime() - rule.windowMs);
      const recent = await this.db
        .getRepository(FailedAttempt)
        .createQueryBuilder("attempt")
        .select("attempt.attempted_at", "attemptedAt")
        .where("attempt.kind = :kind AND attempt.key = :key AND attempt.attempted_at > :since", { kind: rule.kind, key, since })
        .orderBy("attempt.attempted_at", "DESC")
        .limit(count(rule))
        .getRawMany<{ attemptedAt: Date }>();
      const oldest = recent[count(rule) - 1];
      if (oldest) wait = Math.max(wait, Math.ceil((oldest.attemptedAt.getTime() + rule.windowMs - this.now().getTime()) / 1000));
    }
    return wait;
  }
}
