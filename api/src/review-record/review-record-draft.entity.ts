import { DateTimeISOResolver } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from "typeorm";
import { YoungPerson } from "../people/young-person.entity";
import { Review } from "../reviews/review.entity";
import { RecordSections } from "./record-sections";

/** What the IRO is writing: never shown to the young person or their social worker (row-level security says so too). */
@ObjectType({ implements: RecordSections, description: "The record the IRO is writing, before it is completed or corrected." })
@Entity({ name: "review_record_draft" })
export class ReviewRecordDraft extends RecordSections {
  @PrimaryColumn({ name: "review_id", type: "uuid" })
  reviewId: string;

  @ManyToOne(() => Review, { nullable: false, onDelete: "CASCADE" })
  @JoinColumn({ name: "review_id", foreignKeyConstraintName: "review_record_draft_review_fk" })
  review?: Review;

  @Column({ name: "young_person_id", type: "uuid" })
  youngPersonId: string;

  @ManyToOne(() => YoungPerson, { nullable: false, onDelete: "CASCADE" })
  @JoinColumn({ name: "young_person_id", foreignKeyConstraintName: "review_record_draft_young_person_fk" })
  youngPerson?: YoungPerson;

  @Field(() => DateTimeISOResolver)
  @UpdateDateColumn({ name: "saved_at", type: "timestamptz" })
  savedAt: Date;
}
