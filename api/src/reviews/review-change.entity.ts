import { DateTimeISOResolver } from "graphql-scalars";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Account } from "../accounts/account.entity";
import { YoungPerson } from "../people/young-person.entity";
import { ReviewFormat } from "./review-format";
import { Review } from "./review.entity";

export enum ReviewChangeKind {
  SCHEDULED = "SCHEDULED",
  RESCHEDULED = "RESCHEDULED",
  REARRANGED = "REARRANGED",
  HELD = "HELD",
  ADJOURNED = "ADJOURNED",
  CANCELLED = "CANCELLED",
}
registerEnumType(ReviewChangeKind, { name: "ReviewChangeKind", description: "What happened to a review." });

/**
 * One step in a review's life, kept for good: the API's database role may add these rows but never change or delete
 * them.
 */
@ObjectType({ description: "Something that happened to a review: who did it, when, and why." })
@Entity({ name: "review_change" })
@Index("review_change_review_idx", ["reviewId", "occurredAt"])
export class ReviewChange {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "review_id", type: "uuid" })
  reviewId: string;

  @ManyToOne(() => Review, { nullable: false, onDelete: "RESTRICT" })
  @JoinColumn({ name: "review_id", foreignKeyConstraintName: "review_change_review_fk" })
  review?: Review;

  // The review's young person again, because row-level security decides by the young person.
  @Column({ name: "young_person_id", type: "uuid" })
  youngPersonId: string;

  @ManyToOne(() => YoungPerson, { nullable: false, onDelete: "RESTRICT" })
  @JoinColumn({ name: "young_person_id", foreignKeyConstraintName: "review_change_young_person_fk" })
  youngPerson?: YoungPerson;

  @Field(() => ReviewChangeKind)
  @Column({ type: "enum", enum: ReviewChangeKind, enumName: "review_change_kind" })
  kind: ReviewChangeKind;

  @Field(() => DateTimeISOResolver, { nullable: true, description: "When the review started before it was moved." })
  @Column({ name: "start_before", type: "timestamptz", nullable: true })
  startBefore: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: "When the review starts after it was scheduled or moved." })
  @Column({ name: "start_after", type: "timestamptz", nullable: true })
  startAfter: Date | null;

  @Field(() => ReviewFormat, { nullable: true, description: "How the review met before its format or venue changed." })
  @Column({ name: "format_before", type: "enum", enum: ReviewFormat, enumName: "review_format", nullable: true })
  formatBefore: ReviewFormat | null;

  @Field(() => ReviewFormat, { nullable: true, description: "How the review meets after its format or venue changed." })
  @Column({ name: "format_after", type: "enum", enum: ReviewFormat, enumName: "review_format", nullable: true })
  formatAfter: ReviewFormat | null;

  @Field(() => String, { nullable: true, description: "Where the review met before its format or venue changed; null if nowhere was given." })
  @Column({ name: "venue_before", type: "text", nullable: true })
  venueBefore: string | null;

  @Field(() => String, { nullable: true, description: "Where the review meets after its format or venue changed; null if nowhere is given." })
  @Column({ name: "venue_after", type: "text", nullable: true })
  venueAfter: string | null;

  @Field(() => String, { nullable: true, description: "Why, in the words of whoever changed it." })
  @Column({ type: "text", nullable: true })
  reason: string | null;

  @Column({ name: "account_id", type: "uuid" })
  accountId: string;

  @ManyToOne(() => Account, { nullable: false, onDelete: "RESTRICT" })
  @JoinColumn({ name: "account_id", foreignKeyConstraintName: "review_change_account_fk" })
  account?: Account;

  // The clock at the insert, not the transaction's start: a change that waited for another's lock comes after it.
  @Field(() => DateTimeISOResolver)
  @Column({ name: "occurred_at", type: "timestamptz", default: () => "clock_timestamp()" })
  occurredAt: Date;
}
