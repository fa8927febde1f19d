import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/** A failed attempt to sign in or to use an invitation code, counted to slow down guessing. */
@Entity({ name: "failed_attempt" })
@Index("failed_attempt_key_idx", ["kind", "key", "attemptedAt"])
export class FailedAttempt {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  /** "username" or "address" for sign-in; "invitation-address" for invitation codes. */
  @Column({ type: "text" })
  kind: string;

  /** The normalised username or the client's address. */
  @Column({ type: "text" })
  key: string;

  @CreateDateColumn({ name: "attempted_at", type: "timestamptz" })
  attemptedAt: Date;
}
