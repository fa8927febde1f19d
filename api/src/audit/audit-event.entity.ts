import { DateTimeISOResolver } from "graphql-scalars";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { Role } from "../kernel/access/role";

export enum AuditActorKind {
  ACCOUNT = "ACCOUNT",
  CONTRIBUTION_LINK = "CONTRIBUTION_LINK",
}
registerEnumType(AuditActorKind, {
  name: "AuditActorKind",
  description: "Who acted: someone signed in, or someone without an account using a single-use link.",
});

/**
 * One read or change of a young person's record. Written in the same transaction as the work it records; the API's
 * database role may insert and read these rows but never change or delete them. The actor is an account, or the
 * holder of a single-use contribution link, who has none: exactly one of the two is named.
 */
@ObjectType({ description: "Who read or changed part of a young person's record, and when." })
@Entity({ name: "audit_event" })
@Index("audit_event_young_person_idx", ["youngPersonId", "occurredAt"])
@Check("audit_event_one_actor", "num_nonnulls(actor_account_id, actor_contribution_link_id) = 1 AND (actor_account_id IS NULL) = (actor_role IS NULL)")
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

  @Field(() => AuditActorKind)
  get actorKind(): AuditActorKind {
    return this.actorContributionLinkId ? AuditActorKind.CONTRIBUTION_LINK : AuditActorKind.ACCOUNT;
  }

  @Field(() => ID, { nullable: true, description: "The account that acted; null when a link's holder did." })
  @Column({ name: "actor_account_id", type: "uuid", nullable: true })
  actorAccountId: string | null;

  @Field(() => Role, { nullable: true, description: "The role of the account that acted." })
  @Column({ name: "actor_role", type: "enum", enum: Role, enumName: "account_role", nullable: true })
  actorRole: Role | null;

  @Field(() => ID, { nullable: true, description: "The single-use contribution link whose holder acted, when someone without an account did." })
  @Column({ name: "actor_contribution_link_id", type: "uuid", nullable: true })
  actorContributionLinkId: string | null;

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
