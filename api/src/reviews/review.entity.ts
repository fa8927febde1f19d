import { DateTimeISOResolver } from "graphql-scalars";
import { Field, ID, ObjectType } from "type-graphql";
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { YoungPerson } from "../people/young-person.entity";
import { ReviewFormat } from "./review-format";
import { ReviewStatus } from "./review-status";

/** A review of a young person's care plan, chaired by their IRO. */
@ObjectType({ description: "A meeting about a young person's care plan." })
@Entity({ name: "review" })
@Index("review_young_person_scheduled_idx", ["youngPersonId", "scheduledFor"])
// A young person has one next review: two planned at once would leave them, and everyone invited, unsure which is real.
@Index("review_one_planned_idx", ["youngPersonId"], { unique: true, where: "status = 'PLANNED'" })
@Check("review_on_time_only_when_held", "held_on_time IS NULL OR status = 'HELD'")
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

  @Field(() => ReviewFormat)
  @Column({ type: "enum", enum: ReviewFormat, enumName: "review_format" })
  format: ReviewFormat;

  @Field(() => String, { nullable: true, description: 'Where it meets, in words, such as "Oak Lodge, the family room".' })
  @Column({ type: "text", nullable: true })
  venue: string | null;

  /**
   * Judged when the review is recorded as held, against the due date its period of care and the reviews held before
   * it gave it then, as the statistical returns count it.
   */
  @Field(() => Boolean, {
    nullable: true,
    description: "Whether it was held by the day the law set for it. Null until it is held, or when no period of care covers its day.",
  })
  @Column({ name: "held_on_time", type: "boolean", nullable: true })
  heldOnTime: boolean | null;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
