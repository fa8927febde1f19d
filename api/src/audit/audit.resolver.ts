import { Args, Authorized, Ctx, Field, ID, Arg, ObjectType, Query, Resolver } from "type-graphql";
import { requireAccess } from "../people/young-person-access";
import type { Context } from "../kernel/context";
import { decodeCursor, isTimestamp, isUuid, PageArgs, toPage } from "../kernel/pagination";
import { AuditEvent } from "./audit-event.entity";

@ObjectType({ description: "A page of audit events, newest first." })
class AuditEventPage {
  @Field(() => [AuditEvent])
  items: AuditEvent[];

  @Field(() => String, { nullable: true, description: "Pass as `after` for the next page; null on the last page." })
  nextCursor: string | null;
}

@Resolver()
export class AuditResolver {
  @Authorized()
  @Query(() => AuditEventPage, { description: "Who read or changed a young person's record. For IRO managers." })
  async auditTrail(
    @Arg("youngPersonId", () => ID) youngPersonId: string,
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Ctx() context: Context,
  ): Promise<AuditEventPage> {
    await requireAccess(context, "read", "audit", youngPersonId);
    const query = context.db
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
}
