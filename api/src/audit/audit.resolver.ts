import { Args, Authorized, Ctx, Field, ID, Arg, ObjectType, Query, Resolver } from "type-graphql";
import type { Context } from "../kernel/context";
import { PageArgs } from "../kernel/pagination";
import { AuditEvent } from "./audit-event.entity";
import { auditTrail } from "./audit.service";

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
  auditTrail(
    @Arg("youngPersonId", () => ID) youngPersonId: string,
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Ctx() context: Context,
  ): Promise<AuditEventPage> {
    return auditTrail(context, { youngPersonId, first, after });
  }
}
