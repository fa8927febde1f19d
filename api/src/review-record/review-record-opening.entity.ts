import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from "typeorm";
import { YoungPerson } from "../people/young-person.entity";
import { Review } from "../reviews/review.entity";

/** When the young person first opened their record: one row a review, written once. */
@Entity({ name: "review_record_opening" })
export class ReviewRecordOpening {
  @PrimaryColumn({ name: "review_id", type: "uuid" })
  reviewId: string;

  @ManyToOne(() => Review, { nullable: false, onDelete: "CASCADE" })
  @JoinColumn({ name: "review_id", foreignKeyConstraintName: "review_record_opening_review_fk" })
  review?: Review;

  @Column({ name: "young_person_id", type: "uuid" })
  youngPersonId: string;

  @ManyToOne(() => YoungPerson, { nullable: false, onDelete: "CASCADE" })
  @JoinColumn({ name: "young_person_id", foreignKeyConstraintName: "review_record_opening_young_person_fk" })
  youngPerson?: YoungPerson;

  @CreateDateColumn({ name: "first_opened_at", type: "timestamptz" })
  firstOpenedAt: Date;
}
