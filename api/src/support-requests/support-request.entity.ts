import { DateTimeISOResolver } from "graphql-scalars";
import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from "typeorm";
import { Account } from "../accounts/account.entity";
import { YoungPerson } from "../people/young-person.entity";
import { LocalAuthority } from "../tenancy/local-authority.entity";
import { ContactPreference, SupportClosedReason, SupportHowSoon, SupportKind, SupportStatus } from "./support-request-options";

/**
 * A young person's request for an advocate or an Independent Visitor, asked by them or by their IRO on their behalf.
 * Its status moves only as support-request-moves.ts allows; each move is kept in support_request_move.
 */
@ObjectType({ description: "A request for an advocate or an Independent Visitor." })
@Entity({ name: "support_request" })
@Unique("support_request_submission_key_unique", ["youngPersonId", "submissionKey"])
@Index("support_request_one_open_per_kind", ["youngPersonId", "kind"], { unique: true, where: "status <> 'CLOSED'" })
@Index("support_request_queue_idx", ["localAuthorityId", "askedAt", "id"])
export class SupportRequest {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => ID)
  @Column({ name: "young_person_id", type: "uuid" })
  youngPersonId: string;

  @ManyToOne(() => YoungPerson, { nullable: false, onDelete: "CASCADE" })
  @JoinColumn({ name: "young_person_id", foreignKeyConstraintName: "support_request_young_person_fk" })
  youngPerson?: YoungPerson;

  /** The young person's authority, kept on the row: the coordinator sees requests by authority, never the young person's record. */
  @Column({ name: "local_authority_id", type: "uuid" })
  localAuthorityId: string;

  @ManyToOne(() => LocalAuthority, { nullable: false })
  @JoinColumn({ name: "local_authority_id", foreignKeyConstraintName: "support_request_local_authority_fk" })
  localAuthority?: LocalAuthority;

  @Field(() => SupportKind)
  @Column({ type: "enum", enum: SupportKind, enumName: "support_kind" })
  kind: SupportKind;

  @Field(() => SupportStatus)
  @Column({ type: "enum", enum: SupportStatus, enumName: "support_status", default: SupportStatus.ASKED })
  status: SupportStatus;

  @Field(() => String, { nullable: true, description: "Why the young person would like someone, in their words; null if they did not say." })
  @Column({ type: "text", nullable: true })
  why: string | null;

  @Field(() => SupportHowSoon)
  @Column({ name: "how_soon", type: "enum", enum: SupportHowSoon, enumName: "support_how_soon" })
  howSoon: SupportHowSoon;

  @Field(() => ContactPreference)
  @Column({ name: "contact_preference", type: "enum", enum: ContactPreference, enumName: "contact_preference" })
  contactPreference: ContactPreference;

  @Column({ name: "asked_by_account_id", type: "uuid" })
  askedByAccountId: string;

  @ManyToOne(() => Account, { nullable: false })
  @JoinColumn({ name: "asked_by_account_id", foreignKeyConstraintName: "support_request_asked_by_fk" })
  askedBy?: Account;

  @Field({ description: "Whether the young person's IRO asked on their behalf." })
  @Column({ name: "asked_on_behalf", type: "boolean" })
  askedOnBehalf: boolean;

  /** Chosen by the page for one press of "Send", so that a double click or a retry stores the request once. */
  @Column({ name: "submission_key", type: "uuid" })
  submissionKey: string;

  @Field(() => DateTimeISOResolver)
  @CreateDateColumn({ name: "asked_at", type: "timestamptz" })
  askedAt: Date;

  @Field(() => DateTimeISOResolver, { description: "When it last moved." })
  @Column({ name: "status_changed_at", type: "timestamptz", default: () => "now()" })
  statusChangedAt: Date;

  @Field(() => DateTimeISOResolver, { nullable: true, description: "When an advocate was allocated or an Independent Visitor matched." })
  @Column({ name: "allocated_at", type: "timestamptz", nullable: true })
  allocatedAt: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true })
  @Column({ name: "closed_at", type: "timestamptz", nullable: true })
  closedAt: Date | null;

  @Field(() => SupportClosedReason, { nullable: true })
  @Column({ name: "closed_reason", type: "enum", enum: SupportClosedReason, enumName: "support_closed_reason", nullable: true })
  closedReason: SupportClosedReason | null;
}
