import { DateTimeISOResolver } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from "typeorm";
import { YoungPerson } from "../people/young-person.entity";
import { Review } from "../reviews/review.entity";
import { ViewsAnswers } from "./views-answers";
import { ViewsAudience } from "./views-options";

/**
 * What the young person has written so far about one review, saved as they go so that nothing typed is lost. It stays
 * after they submit, as the start of any change they make. Only they ever read it.
 */
@ObjectType({ implements: ViewsAnswers, description: "The young person's views as they are writing them. Only they see this." })
@Entity({ name: "views_draft" })
@Unique("views_draft_review_unique", ["reviewId"])
export class ViewsDraft extends ViewsAnswers {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "review_id", type: "uuid" })
  reviewId: string;

  @ManyToOne(() => Review, { nullable: false, onDelete: "CASCADE" })
  @JoinColumn({ name: "review_id", foreignKeyConstraintName: "views_draft_review_fk" })
  review?: Review;

  /** The review's young person, kept here so that row-level security can decide without a join. */
  @Column({ name: "young_person_id", type: "uuid" })
  youngPersonId: string;

  @ManyToOne(() => YoungPerson, { nullable: false, onDelete: "CASCADE" })
  @JoinColumn({ name: "young_person_id", foreignKeyConstraintName: "views_draft_young_person_fk" })
  youngPerson?: YoungPerson;

  @Field(() => ViewsAudience, { nullable: true, description: "Who may read these views once submitted; null until the young person chooses." })
  @Column({ type: "enum", enum: ViewsAudience, enumName: "views_audience", nullable: true })
  audience: ViewsAudience | null;

  @Field(() => DateTimeISOResolver, { description: "When these answers were last saved." })
  @UpdateDateColumn({ name: "saved_at", type: "timestamptz" })
  savedAt: Date;
}
