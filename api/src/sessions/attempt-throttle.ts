import { In, type DataSource, type EntityManager } from "typeorm";
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

// A check takes well under a second; an attempt still pending after this was lost (its process stopped) and counts
// as failed.
const PENDING_LOST_AFTER_MS = 30_000;
// How long an attempt waits for others' checks to end before it gives up and is asked to wait.
const WAIT_FOR_OTHERS_MS = 20_000;

type Counted = { failures: Date[]; pending: number };

/**
 * Slows guessing by counting attempts in PostgreSQL, so every API process sees the same counts. A key's counts are
 * read and its attempt recorded (as pending) under a lock on the key, so attempts sent all at once cannot slip past
 * together: no more are checked at once than the failures still allowed. One that would be over waits for the others'
 * outcomes; right ones are deleted and free their place, so correct sign-ins sent together all get in. A key with
 * `limit` failures in the window is refused, without storing the refused attempt, until the oldest of them leaves it.
 */
export class AttemptThrottle {
  constructor(
    private readonly db: DataSource,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Records a pending attempt on every key; `secondsToWait` above 0 means it must not be checked at all. */
  async begin(keys: readonly ThrottleKey[]): Promise<Attempt> {
    const givesUpAt = Date.now() + WAIT_FOR_OTHERS_MS;
    for (;;) {
      const attempt = await this.db.transaction((manager) => this.admit(manager, keys));
      if (attempt) return attempt;
      if (Date.now() > givesUpAt) return { ids: [], secondsToWait: Math.ceil(PENDING_LOST_AFTER_MS / 1000) };
      await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 40));
    }
  }

  /** The attempt was wrong: it counts as a failure from the moment it was made. */
  async failed(attempt: Attempt): Promise<void> {
    if (attempt.ids.length === 0) return;
    await this.db.query(
      `WITH checked AS (DELETE FROM failed_attempt WHERE id = ANY($1) RETURNING kind, key, attempted_at)
       INSERT INTO failed_attempt (kind, key, attempted_at) SELECT kind, key, attempted_at FROM checked`,
      [attempt.ids],
    );
  }

  /** After a failure: how long until another attempt may be made (0 if one may be made now). */
  async secondsToWait(keys: readonly ThrottleKey[]): Promise<number> {
    let wait = 0;
    for (const { rule, key } of keys) wait = Math.max(wait, this.lockout(rule, (await this.count(this.db.manager, rule, key)).failures));
    return wait;
  }

  /** The attempt was right: it does not count, and the username's earlier failures are forgotten. */
  async succeeded(attempt: Attempt, forget?: ThrottleKey): Promise<void> {
    const attempts = this.db.getRepository(FailedAttempt);
    if (attempt.ids.length > 0) await attempts.delete({ id: In(attempt.ids) });
    // Others' attempts still being checked are theirs to settle.
    if (forget) await attempts.delete({ kind: forget.rule.kind, key: forget.key, pending: false });
  }

  /** The attempt, recorded as pending; refused with the time to wait; or null while others' checks leave no room. */
  private async admit(manager: EntityManager, keys: readonly ThrottleKey[]): Promise<Attempt | null> {
    const inOrder = [...keys].sort((a, b) => lockName(a).localeCompare(lockName(b)));
    for (const key of inOrder) await manager.query("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", [lockName(key)]);
    let wait = 0;
    let full = false;
    for (const { rule, key } of keys) {
      const { failures, pending } = await this.count(manager, rule, key);
      wait = Math.max(wait, this.lockout(rule, failures));
      full ||= failures.length + pending >= rule.limit;
    }
    if (wait > 0) return { ids: [], secondsToWait: wait };
    if (full) return null;
    const attemptedAt = this.now();
    const inserted = await manager
      .getRepository(FailedAttempt)
      .insert(keys.map(({ rule, key }) => ({ kind: rule.kind, key, attemptedAt, pending: true })));
    return { ids: inserted.identifiers.map((identifier) => String(identifier.id)), secondsToWait: 0 };
  }

  /** The key's failures in the window, newest first (a pending attempt long lost among them), and its pending ones. */
  private async count(manager: EntityManager, rule: ThrottleRule, key: string): Promise<Counted> {
    const now = this.now().getTime();
    const rows = await manager
      .getRepository(FailedAttempt)
      .createQueryBuilder("attempt")
      .select("attempt.attempted_at", "attemptedAt")
      .addSelect("attempt.pending AND attempt.attempted_at > :lostBefore", "pending")
      .where("attempt.kind = :kind AND attempt.key = :key AND attempt.attempted_at > :since", {
        kind: rule.kind,
        key,
        since: new Date(now - rule.windowMs),
        lostBefore: new Date(now - PENDING_LOST_AFTER_MS),
      })
      .orderBy("attempt.attempted_at", "DESC")
      .getRawMany<{ attemptedAt: Date; pending: boolean }>();
    return { failures: rows.filter((row) => !row.pending).map((row) => row.attemptedAt), pending: rows.filter((row) => row.pending).length };
  }

  /** Seconds until fewer than `limit` failures are left in the window. */
  private lockout(rule: ThrottleRule, failuresNewestFirst: Date[]): number {
    const oldestCounted = failuresNewestFirst[rule.limit - 1];
    return oldestCounted ? Math.max(0, Math.ceil((oldestCounted.getTime() + rule.windowMs - this.now().getTime()) / 1000)) : 0;
  }
}

const lockName = ({ rule, key }: ThrottleKey) => `failed_attempt:${rule.kind}:${key}`;
