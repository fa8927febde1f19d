import { DateTimeISOResolver } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Account } from "../accounts/account.entity";
import { SupportClosedReason, SupportStatus } from "./support-request-options";
import { SupportRequest } from "./support-request.entity";

/** One move of a request, with the note its mover wrote. Never changed or removed. */
@ObjectType({ description: "One move of a request, as it was made." })
@Entity({ name: "support_request_move" })
@Index("support_request_move_request_idx", ["requestId", "movedAt"])
export class SupportRequestMove {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "request_id", type: "uuid" })
  requestId: string;

  @ManyToOne(() => SupportRequest, { nullable: false, onDelete: "CASCADE" })
  @JoinColumn({ name: "request_id", foreignKeyConstraintName: "support_request_move_request_fk" })
  request?: SupportRequest;

  /** The request's young person and authority, kept here so that row-level security can decide without a join. */
  @Column({ name: "young_person_id", type: "uuid" })
  youngPersonId: string;

  @Column({ name: "local_authority_id", type: "uuid" })
  localAuthorityId: string;

  @Field(() => SupportStatus)
  @Column({ name: "from_status", type: "enum", enum: SupportStatus, enumName: "support_status" })
  from: SupportStatus;

  @Field(() => SupportStatus)
  @Column({ name: "to_status", type: "enum", enum: SupportStatus, enumName: "support_status" })
  to: SupportStatus;

  @Field(() => SupportClosedReason, { nullable: true })
  @Column({ name: "closed_reason", type: "enum", enum: SupportClosedReason, enumName: "support_closed_reason", nullable: true })
  closedReason: SupportClosedReason | null;

  @Field(() => String, { nullable: true, description: "What the mover wrote about the move, for the coordinator's record." })
  @Column({ type: "text", nullable: true })
  note: string | null;

  @Column({ name: "moved_by_account_id", type: "uuid" })
  movedByAccountId: string;

  @ManyToOne(() => Account, { nullable: false })
  @JoinColumn({ name: "moved_by_account_id", foreignKeyConstraintName: "support_request_move_moved_by_fk" })
  movedBy?: Account;

  @Field(() => DateTimeISOResolver)
  @CreateDateColumn({ name: "moved_at", type: "timestamptz" })
  movedAt: Date;
}
