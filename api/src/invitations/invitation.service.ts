import type { DataSource } from "typeorm";
import { Account } from "../accounts/account.entity";
import { hashInvitationCode, normaliseInvitationCode } from "../accounts/invitation-code";
import { hashPassphrase } from "../accounts/passphrase";
import { checkPassphrase } from "../accounts/passphrase-policy";
import { Role } from "../kernel/access/role";
import { checkUsername } from "../accounts/username-rules";
import { accountActor, AuditTrail } from "../audit/audit-trail";
import { normaliseUsername } from "../accounts/username";
import { RequestTransaction, type Claims } from "../kernel/request-transaction";
import { badUserInput, type FieldError } from "../kernel/errors";
import { Person } from "../people/person.entity";
import { THROTTLE_RULES, throttleAddress, type AttemptThrottle, type ThrottleKey } from "../sessions/attempt-throttle";
import type { SessionService, StartedSession } from "../sessions/session.service";
import { Invitation } from "./invitation.entity";

const UNIQUE_VIOLATION = "23505";

export type InvitationRefusal =
  | { reason: "NOT_RECOGNISED" | "EXPIRED" | "REPLACED" | "USED" }
  | { reason: "TOO_MANY_ATTEMPTS"; retryAfterSeconds: number };

/** Why a code that exists cannot be used now, or null when it can. */
function usability(invitation: Invitation, now: Date): InvitationRefusal | null {
  if (invitation.usedAt) return { reason: "USED" };
  if (invitation.revokedAt) return { reason: "REPLACED" };
  if (invitation.expiresAt <= now) return { reason: "EXPIRED" };
  return null;
}

type Found = { invitation: Invitation; invitee: Claims; firstName: string };

/**
 * Invitation codes: how a young person, who rarely has an email address, makes their account. An IRO or an
 * administrator issues a code (invitation-issue.service.ts); this is the young person's side, before they are signed
 * in: they type the code, choose a username and a passphrase, and are signed in.
 */
export class InvitationService {
  constructor(
    private readonly db: DataSource,
    private readonly sessions: SessionService,
    private readonly throttle: AttemptThrottle,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Whether a typed code can be used now and, if so, the first name of the young person it is for. */
  async check(typed: string, address: string): Promise<{ firstName: string } | InvitationRefusal> {
    const found = await this.find(typed, address);
    return "reason" in found ? found : { firstName: found.firstName };
  }

  /**
   * Makes the account and signs the young person in; the code cannot be used again. The audit records the account's
   * making, by the new account itself, in the same transaction: no account without its record, nor the reverse.
   */
  async activate(
    input: { code: string; username: string; passphrase: string },
    request: { address: string; requestId: string },
  ): Promise<StartedSession | InvitationRefusal> {
    const { address, requestId } = request;
    const found = await this.find(input.code, address);
    if ("reason" in found) return found;
    const username = normaliseUsername(input.username);
    const problems: FieldError[] = [
      ...checkUsername(input.username).map(({ code, message }) => ({ field: "username", code, message })),
      ...checkPassphrase(input.passphrase, { username, firstName: found.firstName }).map(({ code, message }) => ({ field: "passphrase", code, message })),
    ];
    if (problems.length === 0 && (await this.db.getRepository(Account).existsBy({ username }))) {
      problems.push({ field: "username", code: "USERNAME_TAKEN", message: "That username is taken. Try another one." });
    }
    if (problems.length > 0) throw badUserInput(problems);

    const passphraseHash = await hashPassphrase(input.passphrase);
    const transaction = await RequestTransaction.open(this.db, found.invitee);
    let accountId: string;
    try {
      // The row lock makes two activations at once take turns, and a code replaced meanwhile is caught here.
      const invitation = await transaction.manager
        .getRepository(Invitation)
        .createQueryBuilder("invitation")
        .setLock("pessimistic_write")
        .where("invitation.id = :id", { id: found.invitation.id })
        .getOneOrFail();
      const refusal = usability(invitation, this.now());
      if (refusal) {
        await transaction.finish("rollback");
        return refusal;
      }
      const { personId, localAuthorityId } = found.invitee;
      const role = Role.YOUNG_PERSON;
      const inserted = await transaction.manager.getRepository(Account).insert({ personId, localAuthorityId, role, username, passphraseHash });
      accountId = String(inserted.identifiers[0]?.id);
      await transaction.manager.getRepository(Invitation).update({ id: invitation.id }, { usedAt: this.now() });
      await transaction.claimAccount(accountId);
      const audit = new AuditTrail(accountActor({ id: accountId, role, localAuthorityId }), requestId);
      audit.record("create", "account", personId);
      await transaction.finish("commit", audit.pendingInsert());
    } catch (error) {
      await transaction.finish("rollback");
      if ((error as { driverError?: { code?: string } }).driverError?.code === UNIQUE_VIOLATION) {
        throw badUserInput([{ field: "username", code: "USERNAME_TAKEN", message: "That username is taken. Try another one." }]);
      }
      throw error;
    }
    return this.sessions.start(accountId);
  }

  private async find(typed: string, address: string): Promise<Found | InvitationRefusal> {
    const keys: ThrottleKey[] = [
      { rule: THROTTLE_RULES.invitationAddress, key: throttleAddress(address) },
      { rule: THROTTLE_RULES.invitationEverywhere, key: "everywhere" },
    ];
    const attempt = await this.throttle.begin(keys);
    if (attempt.secondsToWait > 0) return { reason: "TOO_MANY_ATTEMPTS", retryAfterSeconds: attempt.secondsToWait };

    const code = normaliseInvitationCode(typed);
    const invitation = code ? await this.db.getRepository(Invitation).findOneBy({ codeHash: hashInvitationCode(code) }) : null;
    if (!invitation) {
      await this.throttle.failed(attempt);
      return { reason: "NOT_RECOGNISED" };
    }
    // A real code, even one no longer usable, is no guess.
    await this.throttle.succeeded(attempt);
    const refusal = usability(invitation, this.now());
    if (refusal) return refusal;

    // Until the account exists, the code acts for its young person: row-level security shows them their own name.
    const invitee: Claims = { personId: invitation.youngPersonId, role: Role.YOUNG_PERSON, localAuthorityId: invitation.localAuthorityId };
    const transaction = await RequestTransaction.open(this.db, invitee);
    try {
      const person = await transaction.manager.getRepository(Person).findOneByOrFail({ id: invitation.youngPersonId });
      return { invitation, invitee, firstName: person.firstName };
    } finally {
      await transaction.finish("commit");
    }
  }
}
