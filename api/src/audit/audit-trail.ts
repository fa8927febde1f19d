import type { EntityManager } from "typeorm";
import type { Account } from "../accounts/account.entity";
import { AuditEvent } from "./audit-event.entity";

export type AuditAction = "read" | "create" | "update" | "lock";

/**
 * Collects what a request read or changed of young people's records, once per young person, part and action, and
 * writes it in the request's own transaction just before it commits: no read goes unrecorded, and a rolled-back
 * change leaves no record of having happened.
 */
export class AuditTrail {
  private readonly pending = new Map<string, Pick<AuditEvent, "action" | "entity" | "youngPersonId">>();

  constructor(
    private readonly caller: Account | null,
    private readonly requestId: string,
  ) {}

  record(action: AuditAction, entity: string, youngPersonId: string): void {
    this.pending.set(`${action}:${entity}:${youngPersonId}`, { action, entity, youngPersonId });
  }

  async flush(db: EntityManager): Promise<void> {
    if (this.pending.size === 0) return;
    if (!this.caller) throw new Error("A young person's record was touched by a request with no caller.");
    const { id, role, localAuthorityId } = this.caller;
    const rows = [...this.pending.values()].map((entry) => ({
      ...entry,
      actorAccountId: id,
      actorRole: role,
      localAuthorityId,
      requestId: this.requestId,
    }));
    this.pending.clear();
    // No RETURNING: the API's role may add audit rows but (unless a manager) not read them back.
    await db.createQueryBuilder().insert().into(AuditEvent).values(rows).updateEntity(false).execute();
  }
}
