import { DateTimeISOResolver, LocalDateResolver } from "graphql-scalars";
import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { YoungPerson } from "../people/young-person.entity";
import { Review } from "../reviews/review.entity";

/** The IRO's check between reviews on how the last review's recommendations are going. Never changed once recorded. */
@ObjectType({ description: "The IRO's check between reviews on the last review's recommendations." })
@Entity({ name: "midway_review" })
@Index("midway_review_review_idx", ["reviewId"])
export class MidwayReview {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  /** The held review whose recommendations were checked. */
  @Column({ name: "review_id", type: "uuid" })
  reviewId: string;

  @ManyToOne(() => Review, { nullable: false, onDelete: "CASCADE" })
  @JoinColumn({ name: "review_id", foreignKeyConstraintName: "midway_review_review_fk" })
  review?: Review;

  @Column({ name: "young_person_id", type: "uuid" })
  youngPersonId: string;

  @ManyToOne(() => YoungPerson, { nullable: false, onDelete: "CASCADE" })
  @JoinColumn({ name: "young_person_id", foreignKeyConstraintName: "midway_review_young_person_fk" })
  youngPerson?: YoungPerson;

  @Field(() => LocalDateResolver, { description: "The day of the check." })
  @Column({ name: "checked_on", type: "date" })
  checkedOn: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  note: string | null;

  @Field({ description: "Whether the IRO raised a concern." })
  @Column({ name: "concern_raised", type: "boolean" })
  concernRaised: boolean;

  @Column({ name: "recorded_by_account_id", type: "uuid" })
  recordedByAccountId: string;

  @Field(() => DateTimeISOResolver)
  @CreateDateColumn({ name: "recorded_at", type: "timestamptz" })
  recordedAt: Date;
}
