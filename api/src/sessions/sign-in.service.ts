import type { DataSource } from "typeorm";
import { Account } from "../accounts/account.entity";
import { verifyAgainstDecoy, verifyPassphrase } from "../accounts/passphrase";
import { normaliseUsername } from "../accounts/username";
import type { SessionService, StartedSession } from "./session.service";

export type SignInOutcome = { ok: true; account: Account; session: StartedSession } | { ok: false };

export class SignInService {
  constructor(
    private readonly db: DataSource,
    private readonly sessions: SessionService,
  ) {}

  /** A wrong passphrase and an unknown username give the same outcome, in about the same time. */
  async signIn(username: string, passphrase: string): Promise<SignInOutcome> {
    const account = await this.db.getRepository(Account).findOneBy({ username: normaliseUsername(username) });
    const matches = account
      ? await verifyPassphrase(account.passphraseHash, passphrase)
      : await verifyAgainstDecoy(passphrase);
    if (!account || !matches) return { ok: false };
    return { ok: true, account, session: await this.sessions.start(account.id) };
  }
}
