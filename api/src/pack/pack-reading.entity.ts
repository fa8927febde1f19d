import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Account } from "../accounts/account.entity";
import { Review } from "../reviews/review.entity";

/**
 * A reader saying they have read a review's pack: everything in it that came in up to `readUpTo`, the moment the pack
 * they read was put together. Whatever came in after stays new to them until they say so again.
 */
@Entity({ name: "pack_reading" })
@Index("pack_reading_review_account_idx", ["reviewId", "accountId", "readUpTo"])
export class PackReading {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pack_reading_pk" })
  id: string;

  @Column({ name: "review_id", type: "uuid" })
  reviewId: string;

  @ManyToOne(() => Review, { nullable: false, onDelete: "CASCADE" })
  @JoinColumn({ name: "review_id", foreignKeyConstraintName: "pack_reading_review_fk" })
  review?: Review;

  @Column({ name: "young_person_id", type: "uuid" })
  youngPersonId: string;

  @Column({ name: "account_id", type: "uuid" })
  accountId: string;

  @ManyToOne(() => Account, { nullable: false, onDelete: "CASCADE" })
  @JoinColumn({ name: "account_id", foreignKeyConstraintName: "pack_reading_account_fk" })
  account?: Account;

  @Column({ name: "read_up_to", type: "timestamptz" })
  readUpTo: Date;

  @Column({ name: "marked_at", type: "timestamptz", default: () => "now()" })
  markedAt: Date;
}
