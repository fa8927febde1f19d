import type { RequestScope } from "../kernel/context";
import { decodeCursor, isTimestamp, isUuid, toPage, type PageArgs } from "../kernel/pagination";
import { requireAccess } from "../people/young-person-access";
import { AuditEvent } from "./audit-event.entity";

type AuditTrailArgs = PageArgs & Readonly<{ youngPersonId: string }>;
type AuditEventPage = { items: AuditEvent[]; nextCursor: string | null };

/** Who read or changed a young person's record, a page at a time, newest first. */
export async function auditTrail(scope: RequestScope, { youngPersonId, first, after }: AuditTrailArgs): Promise<AuditEventPage> {
  await requireAccess(scope, "read", "audit", youngPersonId);
  const query = scope.db
    .getRepository(AuditEvent)
    .createQueryBuilder("event")
    .where("event.young_person_id = :youngPersonId", { youngPersonId })
    .orderBy("event.occurred_at", "DESC")
    .addOrderBy("event.id", "DESC")
    .limit(first + 1);
  if (after) {
    const [occurredAt, id] = decodeCursor(after, [isTimestamp, isUuid]);
    query.andWhere("(event.occurred_at, event.id) < (:occurredAt::timestamptz, :id::uuid)", { occurredAt, id });
  }
  const rows = await query.getMany();
  return toPage(rows, first, (row) => [row.occurredAt.toISOString(), row.id]);
}
