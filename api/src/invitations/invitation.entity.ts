import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Account } from "../accounts/account.entity";
import { YoungPerson } from "../people/young-person.entity";

/**
 * A single-use code with which a young person makes their account. Only a hash of the code is kept. Issuing a new
 * code revokes the open one, so at most one works at a time.
 */
@Entity({ name: "invitation" })
@Index("invitation_one_open_idx", ["youngPersonId"], { unique: true, where: "used_at IS NULL AND revoked_at IS NULL" })
export class Invitation {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "young_person_id", type: "uuid" })
  youngPersonId: string;

  @ManyToOne(() => YoungPerson, { nullable: false, onDelete: "CASCADE" })
  @JoinColumn({ name: "young_person_id", foreignKeyConstraintName: "invitation_young_person_fk" })
  youngPerson?: YoungPerson;

  // Kept here so the code can be redeemed before anyone is signed in (row-level security hides the person).
  @Column({ name: "local_authority_id", type: "uuid" })
  localAuthorityId: string;

  @Column({ name: "code_hash", type: "bytea", unique: true })
  codeHash: Buffer;

  @Column({ name: "created_by_account_id", type: "uuid" })
  createdByAccountId: string;

  @ManyToOne(() => Account, { nullable: false, onDelete: "RESTRICT" })
  @JoinColumn({ name: "created_by_account_id", foreignKeyConstraintName: "invitation_created_by_fk" })
  createdBy?: Account;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @Column({ name: "expires_at", type: "timestamptz" })
  expiresAt: Date;

  @Column({ name: "used_at", type: "timestamptz", nullable: true })
  usedAt: Date | null;

  @Column({ name: "revoked_at", type: "timestamptz", nullable: true })
  revokedAt: Date | null;
}
