import { DateTimeISOResolver } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from "typeorm";
import { YoungPerson } from "../people/young-person.entity";
import { Review } from "../reviews/review.entity";
import { ChoiceTopic } from "./choice-options";

/** The IRO's answer to one part of a young person's choices, which the young person reads on their page. */
@ObjectType({ description: "The IRO's answer to one of the young person's choices." })
@Entity({ name: "choice_answer" })
@Unique("choice_answer_topic_unique", ["reviewId", "topic"])
export class ChoiceAnswer {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "review_id", type: "uuid" })
  reviewId: string;

  @ManyToOne(() => Review, { nullable: false, onDelete: "CASCADE" })
  @JoinColumn({ name: "review_id", foreignKeyConstraintName: "choice_answer_review_fk" })
  review?: Review;

  @Column({ name: "young_person_id", type: "uuid" })
  youngPersonId: string;

  @ManyToOne(() => YoungPerson, { nullable: false, onDelete: "CASCADE" })
  @JoinColumn({ name: "young_person_id", foreignKeyConstraintName: "choice_answer_young_person_fk" })
  youngPerson?: YoungPerson;

  @Field(() => ChoiceTopic)
  @Column({ type: "enum", enum: ChoiceTopic, enumName: "choice_topic" })
  topic: ChoiceTopic;

  @Field({ description: "True when the IRO can do what the young person asked." })
  @Column({ type: "boolean" })
  accepted: boolean;

  @Field(() => String, { nullable: true, description: "Why not, or what happens instead, written to the young person." })
  @Column({ type: "text", nullable: true })
  reason: string | null;

  @Column({ name: "answered_by_account_id", type: "uuid" })
  answeredByAccountId: string;

  @Field(() => DateTimeISOResolver)
  @UpdateDateColumn({ name: "answered_at", type: "timestamptz" })
  answeredAt: Date;
}
