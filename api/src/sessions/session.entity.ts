import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Account } from "../accounts/account.entity";

/** A signed-in session. Only a hash of its token is kept, so a copy of the database signs nobody in. */
@Entity({ name: "session" })
export class Session {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index("session_account_idx")
  @Column({ name: "account_id", type: "uuid" })
  accountId: string;

  @ManyToOne(() => Account, { nullable: false, onDelete: "CASCADE" })
  @JoinColumn({ name: "account_id", foreignKeyConstraintName: "session_account_fk" })
  account?: Account;

  @Column({ name: "token_hash", type: "bytea", unique: true })
  tokenHash: Buffer;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  /** The absolute end of the session, however active it is. */
  @Column({ name: "expires_at", type: "timestamptz" })
  expiresAt: Date;

  /** When the session was last used; it ends after a time idle (see SessionService). */
  @Column({ name: "last_seen_at", type: "timestamptz", default: () => "now()" })
  lastSeenAt: Date;

  @Column({ name: "revoked_at", type: "timestamptz", nullable: true })
  revokedAt: Date | null;
}
