import { DateTimeISOResolver } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from "typeorm";
import { YoungPerson } from "../people/young-person.entity";
import { Review } from "../reviews/review.entity";
import { ParticipationCode, ReviewChair, ReviewMeetings } from "./conduct-options";

/** How a held review went: who chaired it, how it met and how the young person took part. Who attended is kept apart. */
@ObjectType({ description: "How a held review went: who chaired it, how it met and how the young person took part." })
@Entity({ name: "review_conduct" })
@Check("review_conduct_declined_only_when_iro_chaired", "NOT chairing_declined OR chaired_by = 'IRO'")
export class ReviewConduct {
  @PrimaryColumn({ name: "review_id", type: "uuid" })
  reviewId: string;

  @ManyToOne(() => Review, { nullable: false, onDelete: "CASCADE" })
  @JoinColumn({ name: "review_id", foreignKeyConstraintName: "review_conduct_review_fk" })
  review?: Review;

  /** The review's young person, kept here so that row-level security can decide without a join. */
  @Column({ name: "young_person_id", type: "uuid" })
  youngPersonId: string;

  @ManyToOne(() => YoungPerson, { nullable: false, onDelete: "CASCADE" })
  @JoinColumn({ name: "young_person_id", foreignKeyConstraintName: "review_conduct_young_person_fk" })
  youngPerson?: YoungPerson;

  @Field(() => ReviewChair)
  @Column({ name: "chaired_by", type: "enum", enum: ReviewChair, enumName: "review_chair" })
  chairedBy: ReviewChair;

  @Field({ description: "Whether the young person was offered the chair, or to co-chair, and said no. Only when the IRO chaired." })
  @Column({ name: "chairing_declined", type: "boolean" })
  chairingDeclined: boolean;

  @Field({ description: "Whether the young person met the IRO on their own before the review." })
  @Column({ name: "met_iro_alone_first", type: "boolean" })
  metIroAloneFirst: boolean;

  @Field(() => ReviewMeetings)
  @Column({ type: "enum", enum: ReviewMeetings, enumName: "review_meetings" })
  meetings: ReviewMeetings;

  @Field(() => ParticipationCode)
  @Column({ type: "enum", enum: ParticipationCode, enumName: "participation_code" })
  participation: ParticipationCode;

  @Field(() => DateTimeISOResolver)
  @UpdateDateColumn({ name: "recorded_at", type: "timestamptz" })
  recordedAt: Date;
}
