import { DateTimeISOResolver } from "graphql-scalars";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from "typeorm";
import { YoungPerson } from "../people/young-person.entity";
import { Review } from "../reviews/review.entity";

export enum RecordQuestionKind {
  QUESTION = "QUESTION",
  NOT_RIGHT = "NOT_RIGHT",
}
registerEnumType(RecordQuestionKind, {
  name: "RecordQuestionKind",
  valuesConfig: {
    QUESTION: { description: "\"I have a question\"." },
    NOT_RIGHT: { description: "\"Something here is not right\"." },
  },
});

/** A young person's short message to their IRO about their record, and the IRO's answer. */
@ObjectType({ description: "A young person's question about their record, or something they say is not right, and the answer." })
@Entity({ name: "record_question" })
@Unique("record_question_submission_key_unique", ["reviewId", "submissionKey"])
@Index("record_question_open_idx", ["youngPersonId"], { where: "answered_at IS NULL" })
export class RecordQuestion {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => ID)
  @Column({ name: "review_id", type: "uuid" })
  reviewId: string;

  @ManyToOne(() => Review, { nullable: false, onDelete: "CASCADE" })
  @JoinColumn({ name: "review_id", foreignKeyConstraintName: "record_question_review_fk" })
  review?: Review;

  @Column({ name: "young_person_id", type: "uuid" })
  youngPersonId: string;

  @ManyToOne(() => YoungPerson, { nullable: false, onDelete: "CASCADE" })
  @JoinColumn({ name: "young_person_id", foreignKeyConstraintName: "record_question_young_person_fk" })
  youngPerson?: YoungPerson;

  @Field(() => RecordQuestionKind)
  @Column({ type: "enum", enum: RecordQuestionKind, enumName: "record_question_kind" })
  kind: RecordQuestionKind;

  @Field()
  @Column({ type: "text" })
  message: string;

  @Column({ name: "submission_key", type: "uuid" })
  submissionKey: string;

  @Field(() => DateTimeISOResolver)
  @CreateDateColumn({ name: "asked_at", type: "timestamptz" })
  askedAt: Date;

  @Field(() => String, { nullable: true, description: "The IRO's answer; null until they answer." })
  @Column({ type: "text", nullable: true })
  answer: string | null;

  @Field(() => DateTimeISOResolver, { nullable: true })
  @Column({ name: "answered_at", type: "timestamptz", nullable: true })
  answeredAt: Date | null;

  @Column({ name: "answered_by_account_id", type: "uuid", nullable: true })
  answeredByAccountId: string | null;
}
