import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from "typeorm";
import { YoungPerson } from "../people/young-person.entity";
import { Recommendation } from "../recommendations/recommendation.entity";
import { RecommendationStatus } from "../recommendations/recommendation-status";
import { MidwayReview } from "./midway-review.entity";

/** How one recommendation stood at a midway check. */
@ObjectType({ description: "How one recommendation stood at a midway check." })
@Entity({ name: "midway_progress" })
export class MidwayProgress {
  @PrimaryColumn({ name: "midway_review_id", type: "uuid" })
  midwayReviewId: string;

  @ManyToOne(() => MidwayReview, { nullable: false, onDelete: "CASCADE" })
  @JoinColumn({ name: "midway_review_id", foreignKeyConstraintName: "midway_progress_midway_review_fk" })
  midwayReview?: MidwayReview;

  @Field(() => ID)
  @PrimaryColumn({ name: "recommendation_id", type: "uuid" })
  recommendationId: string;

  @ManyToOne(() => Recommendation, { nullable: false, onDelete: "CASCADE" })
  @JoinColumn({ name: "recommendation_id", foreignKeyConstraintName: "midway_progress_recommendation_fk" })
  recommendation?: Recommendation;

  @Column({ name: "young_person_id", type: "uuid" })
  youngPersonId: string;

  @ManyToOne(() => YoungPerson, { nullable: false, onDelete: "CASCADE" })
  @JoinColumn({ name: "young_person_id", foreignKeyConstraintName: "midway_progress_young_person_fk" })
  youngPerson?: YoungPerson;

  @Field(() => RecommendationStatus)
  @Column({ type: "enum", enum: RecommendationStatus, enumName: "recommendation_status" })
  status: RecommendationStatus;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  note: string | null;
}
