import type { DataSource } from "typeorm";
import { Account } from "../accounts/account.entity";
import { verifyAgainstDecoy, verifyPassphrase } from "../accounts/passphrase";
import { normaliseUsername } from "../accounts/username";
import { THROTTLE_RULES, throttleAddress, type AttemptThrottle, type ThrottleKey } from "./attempt-throttle";
import type { SessionService, StartedSession } from "./session.service";

export type SignInOutcome =
  | { ok: true; account: Account; session: StartedSession }
  | { ok: false; reason: "wrong" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

export class SignInService {
  constructor(
    private readonly db: DataSource,
    private readonly sessions: SessionService,
    private readonly throttle: AttemptThrottle,
  ) {}

  /**
   * A wrong passphrase and an unknown username give the same outcome, in about the same time. Too many failures for
   * a username or from an address stop the checking for a while, so passphrases cannot be guessed quickly.
   */
  async signIn(username: string, passphrase: string, address: string): Promise<SignInOutcome> {
    const normalised = normaliseUsername(username);
    const usernameKey: ThrottleKey = { rule: THROTTLE_RULES.username, key: normalised };
    const keys: ThrottleKey[] = [usernameKey, { rule: THROTTLE_RULES.address, key: throttleAddress(address) }];
    const attempt = await this.throttle.begin(keys);
    if (attempt.secondsToWait > 0) return { ok: false, reason: "throttled", retryAfterSeconds: attempt.secondsToWait };

    const account = await this.db.getRepository(Account).findOneBy({ username: normalised });
    const matches = account ? await verifyPassphrase(account.passphraseHash, passphrase) : await verifyAgainstDecoy(passphrase);
    if (!account || !matches) {
      await this.throttle.failed(attempt);
      const wait = await this.throttle.secondsToWait(keys);
      return wait > 0 ? { ok: false, reason: "throttled", retryAfterSeconds: wait } : { ok: false, reason: "wrong" };
    }
    await this.throttle.succeeded(attempt, usernameKey);
    return { ok: true, account, session: await this.sessions.start(account.id) };
  }
}
