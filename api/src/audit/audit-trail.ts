import type { Action } from "../kernel/access/permissions";
import type { AuditActor, AuditRecorder, ViewerAccount } from "../kernel/context";
import type { Statement } from "../kernel/prepared-statements";
import { type AuditEvent } from "./audit-event.entity";

export function accountActor(account: Pick<ViewerAccount, "id" | "role" | "localAuthorityId">): AuditActor {
  return { kind: "account", accountId: account.id, role: account.role, localAuthorityId: account.localAuthorityId };
}

type Entry = Pick<AuditEvent, "action" | "entity" | "youngPersonId"> & { actor: AuditActor | null };

function actorColumns(actor: AuditActor): Pick<AuditEvent, "actorAccountId" | "actorRole" | "actorContributionLinkId" | "localAuthorityId"> {
  return actor.kind === "account"
    ? { actorAccountId: actor.accountId, actorRole: actor.role, actorContributionLinkId: null, localAuthorityId: actor.localAuthorityId }
    : { actorAccountId: null, actorRole: null, actorContributionLinkId: actor.linkId, localAuthorityId: actor.localAuthorityId };
}

/**
 * Collects what a request read or changed of young people's records, once per actor, young person, part and action,
 * and writes it in the request's own transaction, in the round trip that commits it: no read goes unrecorded, and a rolled-back
 * change leaves no record of having happened.
 */
export class AuditTrail implements AuditRecorder {
  private readonly pending = new Map<string, Entry>();

  constructor(
    private readonly caller: AuditActor | null,
    private readonly requestId: string,
  ) {}

  /** Something the request's caller did. */
  record(action: Action, entity: string, youngPersonId: string): void {
    this.add({ actor: this.caller, action, entity, youngPersonId });
  }

  /** Something a contribution link's holder did: they act through the link, whoever else is signed in. */
  recordBy(actor: AuditActor, action: Action, entity: string, youngPersonId: string): void {
    this.add({ actor, action, entity, youngPersonId });
  }

  pendingInsert(): Statement | null {
    if (this.pending.size === 0) return null;
    const values: (string | null)[] = [];
    const placeholder = (value: string | null) => `$${values.push(value)}`;
    const rows = [...this.pending.values()].map(({ actor, ...entry }) => {
      if (!actor) throw new Error("A young person's record was touched by a request with no caller.");
      const row = { ...entry, ...actorColumns(actor) };
      return `(${[row.localAuthorityId, row.actorAccountId, row.actorRole, row.actorContributionLinkId, row.youngPersonId, row.action, row.entity, this.requestId].map(placeholder).join(", ")})`;
    });
    this.pending.clear();
    // No RETURNING: the API's role may add audit rows but (unless a manager) not read them back.
    return {
      text: `INSERT INTO audit_event (local_authority_id, actor_account_id, actor_role, actor_contribution_link_id, young_person_id, action, entity, request_id)
             VALUES ${rows.join(", ")}`,
      values,
    };
  }

  private add(entry: Entry): void {
    const actorKey = !entry.actor ? "nobody" : entry.actor.kind === "account" ? entry.actor.accountId : entry.actor.linkId;
    this.pending.set(`${actorKey}:${entry.action}:${entry.entity}:${entry.youngPersonId}`, entry);
  }
}
