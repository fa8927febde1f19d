import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Account } from "../accounts/account.entity";
import { Review } from "../reviews/review.entity";

/** When someone opened a review's pack, so that next time it can show them what came in since. */
@Entity({ name: "pack_opening" })
@Index("pack_opening_review_account_idx", ["reviewId", "accountId", "openedAt"])
export class PackOpening {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "review_id", type: "uuid" })
  reviewId: string;

  @ManyToOne(() => Review, { nullable: false, onDelete: "CASCADE" })
  @JoinColumn({ name: "review_id", foreignKeyConstraintName: "pack_opening_review_fk" })
  review?: Review;

  @Column({ name: "young_person_id", type: "uuid" })
  youngPersonId: string;

  @Column({ name: "account_id", type: "uuid" })
  accountId: string;

  @ManyToOne(() => Account, { nullable: false, onDelete: "CASCADE" })
  @JoinColumn({ name: "account_id", foreignKeyConstraintName: "pack_opening_account_fk" })
  account?: Account;

  @Column({ name: "opened_at", type: "timestamptz", default: () => "now()" })
  openedAt: Date;
}
