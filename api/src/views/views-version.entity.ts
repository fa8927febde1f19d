import { DateTimeISOResolver } from "graphql-scalars";
import { Field, Int, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from "typeorm";
import { YoungPerson } from "../people/young-person.entity";
import { Review } from "../reviews/review.entity";
import { ViewsAnswers } from "./views-answers";
import { ViewsAudience } from "./views-options";

/**
 * The young person's views as they submitted them, once. A change is a new version: rows are never changed or
 * removed (the API's database role may not), so every version reads as the young person wrote it.
 */
@ObjectType({ implements: ViewsAnswers, description: "The young person's views as they submitted them. Never edited." })
@Entity({ name: "views_version" })
@Unique("views_version_number_unique", ["reviewId", "number"])
@Unique("views_version_submission_key_unique", ["reviewId", "submissionKey"])
export class ViewsVersion extends ViewsAnswers {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "review_id", type: "uuid" })
  reviewId: string;

  @ManyToOne(() => Review, { nullable: false, onDelete: "CASCADE" })
  @JoinColumn({ name: "review_id", foreignKeyConstraintName: "views_version_review_fk" })
  review?: Review;

  /** The review's young person, kept here so that row-level security can decide without a join. */
  @Column({ name: "young_person_id", type: "uuid" })
  youngPersonId: string;

  @ManyToOne(() => YoungPerson, { nullable: false, onDelete: "CASCADE" })
  @JoinColumn({ name: "young_person_id", foreignKeyConstraintName: "views_version_young_person_fk" })
  youngPerson?: YoungPerson;

  @Field(() => Int, { description: "1 for the first views submitted for this review, then 2, 3, ..." })
  @Column({ type: "integer" })
  number: number;

  @Field(() => ViewsAudience, { description: "Who may read this version, as the young person chose." })
  @Column({ type: "enum", enum: ViewsAudience, enumName: "views_audience" })
  audience: ViewsAudience;

  /** Chosen by the client for one submission, so that a retry or a double click stores it once. */
  @Column({ name: "submission_key", type: "uuid" })
  submissionKey: string;

  @Field(() => DateTimeISOResolver)
  @CreateDateColumn({ name: "submitted_at", type: "timestamptz" })
  submittedAt: Date;
}
