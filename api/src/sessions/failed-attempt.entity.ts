import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/**
 * An attempt to sign in or to use an invitation code not (yet) shown to be right, counted to slow down guessing: one
 * still being checked is `pending`, one that failed is not. A right one is deleted.
 */
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

  /** Being checked now: others wait for its outcome rather than being refused for it. */
  @Column({ type: "boolean", default: false })
  pending: boolean;
}
