import { DateTimeISOResolver } from "graphql-scalars";
import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { Role } from "../accounts/role";

/**
 * One read or change of a young person's record. Written in the same transaction as the work it records; the API's
 * database role may insert and read these rows but never change or delete them.
 */
@ObjectType({ description: "Who read or changed part of a young person's record, and when." })
@Entity({ name: "audit_event" })
@Index("audit_event_young_person_idx", ["youngPersonId", "occurredAt"])
export class AuditEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => DateTimeISOResolver)
  // Milliseconds, as JavaScript keeps them, so a page's cursor names its last row exactly.
  @Column({ name: "occurred_at", type: "timestamptz", precision: 3, default: () => "now()" })
  occurredAt: Date;

  @Column({ name: "local_authority_id", type: "uuid" })
  localAuthorityId: string;

  @Field(() => ID, { description: "The account that acted." })
  @Column({ name: "actor_account_id", type: "uuid" })
  actorAccountId: string;

  @Field(() => Role)
  @Column({ name: "actor_role", type: "enum", enum: Role, enumName: "account_role" })
  actorRole: Role;

  @Column({ name: "young_person_id", type: "uuid" })
  youngPersonId: string;

  @Field({ description: "read, create, update or lock." })
  @Column({ type: "text" })
  action: string;

  @Field({ description: "What part of the record, such as review or network." })
  @Column({ type: "text" })
  entity: string;

  @Field({ description: "The request that did it, to match the API's logs." })
  @Column({ name: "request_id", type: "text" })
  requestId: string;
}
