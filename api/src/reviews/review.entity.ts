import { DateTimeISOResolver } from "graphql-scalars";
import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { YoungPerson } from "../people/young-person.entity";
import { ReviewStatus } from "./review-status";

/** A review of a young person's care plan, chaired by their IRO. */
@ObjectType({ description: "A meeting about a young person's care plan." })
@Entity({ name: "review" })
@Index("review_young_person_scheduled_idx", ["youngPersonId", "scheduledFor"])
export class Review {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "young_person_id", type: "uuid" })
  youngPersonId: string;

  @ManyToOne(() => YoungPerson, { nullable: false, onDelete: "RESTRICT" })
  @JoinColumn({ name: "young_person_id", foreignKeyConstraintName: "review_young_person_fk" })
  youngPerson?: YoungPerson;

  @Field(() => DateTimeISOResolver, { description: "When the review starts." })
  @Column({ name: "scheduled_for", type: "timestamptz" })
  scheduledFor: Date;

  @Field(() => ReviewStatus)
  @Column({ type: "enum", enum: ReviewStatus, enumName: "review_status", default: ReviewStatus.PLANNED })
  status: ReviewStatus;

  /** Set when the IRO starts arranging the review from the young person's choices, which then stop changing. */
  @Column({ name: "choices_locked_at", type: "timestamptz", nullable: true })
  choicesLockedAt: Date | null;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
