import { DateTimeISOResolver } from "graphql-scalars";
import { Field, Int, ObjectType } from "type-graphql";
import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from "typeorm";
import { YoungPerson } from "../people/young-person.entity";
import { Review } from "../reviews/review.entity";
import { RecordSections } from "./record-sections";

/**
 * A completed record, as it was shared with the young person. A correction is a new version with its reason: rows are
 * never changed or removed (the API's database role may not), so every version reads as it was shared.
 */
@ObjectType({ implements: RecordSections, description: "A completed record, as shared with the young person. Never edited: a correction is a new version." })
@Entity({ name: "review_record_version" })
@Unique("review_record_version_number_unique", ["reviewId", "number"])
@Unique("review_record_version_submission_key_unique", ["reviewId", "submissionKey"])
@Check("review_record_version_reason_for_corrections", "(number = 1) = (reason IS NULL)")
export class ReviewRecordVersion extends RecordSections {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "review_id", type: "uuid" })
  reviewId: string;

  @ManyToOne(() => Review, { nullable: false, onDelete: "CASCADE" })
  @JoinColumn({ name: "review_id", foreignKeyConstraintName: "review_record_version_review_fk" })
  review?: Review;

  @Column({ name: "young_person_id", type: "uuid" })
  youngPersonId: string;

  @ManyToOne(() => YoungPerson, { nullable: false, onDelete: "CASCADE" })
  @JoinColumn({ name: "young_person_id", foreignKeyConstraintName: "review_record_version_young_person_fk" })
  youngPerson?: YoungPerson;

  @Field(() => Int, { description: "1 for the record as first completed, then 2, 3, ... for each correction." })
  @Column({ type: "integer" })
  number: number;

  @Field(() => String, { nullable: true, description: "Why this version corrects the one before; null for the first." })
  @Column({ type: "text", nullable: true })
  reason: string | null;

  /** Chosen by the page for one press of the button, so that a retry or a double click stores one version. */
  @Column({ name: "submission_key", type: "uuid" })
  submissionKey: string;

  @Column({ name: "completed_by_account_id", type: "uuid" })
  completedByAccountId: string;

  @Field(() => DateTimeISOResolver)
  @CreateDateColumn({ name: "completed_at", type: "timestamptz" })
  completedAt: Date;
}
