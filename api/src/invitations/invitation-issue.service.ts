import { IsNull } from "typeorm";
import { Account } from "../accounts/account.entity";
import { hashInvitationCode, newInvitationCode } from "../accounts/invitation-code";
import type { RequestScope } from "../kernel/context";
import { badUserInput } from "../kernel/errors";
import { Person } from "../people/person.entity";
import { requireAccess } from "../people/young-person-access";
import { Invitation } from "./invitation.entity";

const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * A new code for a young person without an account, issued by the caller (their IRO, or someone with authority-wide
 * access). Any open code for them stops working. Only the code's hash is kept: the caller sees the code this once.
 */
export async function issueInvitation(scope: RequestScope, youngPersonId: string): Promise<{ code: string; expiresAt: Date }> {
  await requireAccess(scope, "create", "invitation", youngPersonId);
  const { db } = scope;
  if (await db.getRepository(Account).existsBy({ personId: youngPersonId })) {
    throw badUserInput([{ field: "youngPersonId", code: "ALREADY_HAS_ACCOUNT", message: "This young person already has an account." }]);
  }
  const person = await db.getRepository(Person).findOneByOrFail({ id: youngPersonId });
  const now = new Date();
  await db.getRepository(Invitation).update({ youngPersonId, usedAt: IsNull(), revokedAt: IsNull() }, { revokedAt: now });
  const code = newInvitationCode();
  const expiresAt = new Date(now.getTime() + INVITATION_LIFETIME_MS);
  await db.getRepository(Invitation).insert({
    youngPersonId,
    localAuthorityId: person.localAuthorityId,
    codeHash: hashInvitationCode(code),
    createdByAccountId: scope.viewer!.account.id,
    expiresAt,
  });
  return { code, expiresAt };
}
