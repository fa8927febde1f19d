import { DateTimeISOResolver, LocalDateResolver } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from "typeorm";
import { Person } from "../people/person.entity";
import { YoungPerson } from "../people/young-person.entity";
import { Review } from "../reviews/review.entity";
import { RecommendationStatus } from "./recommendation-status";

/** Something a review decided should happen: what, who is responsible, by when, and later how far it got. */
@ObjectType({ description: "What a review decided should happen: who will do what, by when, and how far it has got." })
@Entity({ name: "recommendation" })
@Unique("recommendation_number_unique", ["reviewId", "number"])
@Index("recommendation_young_person_idx", ["youngPersonId"])
@Check("recommendation_one_responsible", "(responsible_person_id IS NULL) <> (responsible_role IS NULL)")
export class Recommendation {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "review_id", type: "uuid" })
  reviewId: string;

  @ManyToOne(() => Review, { nullable: false, onDelete: "CASCADE" })
  @JoinColumn({ name: "review_id", foreignKeyConstraintName: "recommendation_review_fk" })
  review?: Review;

  @Column({ name: "young_person_id", type: "uuid" })
  youngPersonId: string;

  @ManyToOne(() => YoungPerson, { nullable: false, onDelete: "CASCADE" })
  @JoinColumn({ name: "young_person_id", foreignKeyConstraintName: "recommendation_young_person_fk" })
  youngPerson?: YoungPerson;

  @Field(() => Int, { description: "1, 2, 3 ... in the order they were written." })
  @Column({ type: "integer" })
  number: number;

  @Field({ description: "What will be done." })
  @Column({ type: "text" })
  action: string;

  @Column({ name: "responsible_person_id", type: "uuid", nullable: true })
  responsiblePersonId: string | null;

  @ManyToOne(() => Person, { nullable: true, onDelete: "RESTRICT" })
  @JoinColumn({ name: "responsible_person_id", foreignKeyConstraintName: "recommendation_responsible_person_fk" })
  responsiblePerson?: Person;

  @Field(() => String, { nullable: true, description: "The role responsible, such as \"the school\", when it is not someone in the network." })
  @Column({ name: "responsible_role", type: "text", nullable: true })
  responsibleRole: string | null;

  @Field(() => LocalDateResolver, { description: "The day it should be done by." })
  @Column({ name: "due_on", type: "date" })
  dueOn: string;

  @Field(() => RecommendationStatus, { nullable: true, description: "How far it has got; null until someone says." })
  @Column({ type: "enum", enum: RecommendationStatus, enumName: "recommendation_status", nullable: true })
  status: RecommendationStatus | null;

  @Field(() => String, { nullable: true, description: "A note on the status." })
  @Column({ name: "status_note", type: "text", nullable: true })
  statusNote: string | null;

  @Field(() => DateTimeISOResolver, { nullable: true })
  @Column({ name: "status_changed_at", type: "timestamptz", nullable: true })
  statusChangedAt: Date | null;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  /** Filled by the loaders from the person responsible, as the caller may see them; not a column. */
  responsibleName?: string | null;
}
