import { DateTimeISOResolver } from "graphql-scalars";
import { Extensions, Field, ObjectType } from "type-graphql";
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from "typeorm";
import { YoungPerson } from "../people/young-person.entity";
import { Review } from "../reviews/review.entity";
import { Attendance, Chairing, ChoicesVersion, MeetingPlace, MeetingShape, PreferredTime } from "./choice-options";

/**
 * A young person's choices about one review, as a draft they are working on or as they last sent it. A null answer is
 * a question not answered yet, so an empty list of people is an answer ("nobody else") and null is not.
 */
@ObjectType("ChoiceSet", { description: "The young person's choices about where, how, when and who, and who chairs." })
@Entity({ name: "review_choice_set" })
@Unique("review_choice_set_version_unique", ["reviewId", "version"])
export class ReviewChoiceSet {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "review_id", type: "uuid" })
  reviewId: string;

  @ManyToOne(() => Review, { nullable: false, onDelete: "CASCADE" })
  @JoinColumn({ name: "review_id", foreignKeyConstraintName: "review_choice_set_review_fk" })
  review?: Review;

  /** The review's young person, kept here so that row-level security can decide without a join. */
  @Column({ name: "young_person_id", type: "uuid" })
  youngPersonId: string;

  @ManyToOne(() => YoungPerson, { nullable: false, onDelete: "CASCADE" })
  @JoinColumn({ name: "young_person_id", foreignKeyConstraintName: "review_choice_set_young_person_fk" })
  youngPerson?: YoungPerson;

  @Column({ type: "enum", enum: ChoicesVersion, enumName: "choices_version" })
  version: ChoicesVersion;

  @Field(() => MeetingPlace, { nullable: true })
  @Column({ type: "enum", enum: MeetingPlace, enumName: "meeting_place", nullable: true })
  place: MeetingPlace | null;

  @Field(() => String, { nullable: true, description: "Which place, in the young person's words." })
  @Column({ name: "place_details", type: "text", nullable: true })
  placeDetails: string | null;

  @Field(() => MeetingShape, { nullable: true })
  @Column({ name: "meeting_shape", type: "enum", enum: MeetingShape, enumName: "meeting_shape", nullable: true })
  meetingShape: MeetingShape | null;

  @Field(() => Attendance, { nullable: true })
  @Column({ type: "enum", enum: Attendance, enumName: "attendance", nullable: true })
  attendance: Attendance | null;

  @Field(() => [PreferredTime], { nullable: true })
  @Extensions({ listSize: Object.keys(PreferredTime).length })
  @Column({ name: "preferred_times", type: "enum", enum: PreferredTime, enumName: "preferred_time", array: true, nullable: true })
  preferredTimes: PreferredTime[] | null;

  @Field(() => String, { nullable: true })
  @Column({ name: "times_that_do_not_work", type: "text", nullable: true })
  timesThatDoNotWork: string | null;

  @Column({ name: "invited_person_ids", type: "uuid", array: true, nullable: true })
  invitedPersonIds: string[] | null;

  @Field(() => String, { nullable: true, description: "Anyone else the young person would like there, by name." })
  @Column({ name: "others_invited", type: "text", nullable: true })
  othersInvited: string | null;

  @Field(() => Boolean, { nullable: true })
  @Column({ name: "meet_iro_first", type: "boolean", nullable: true })
  meetIroFirst: boolean | null;

  @Field(() => Chairing, { nullable: true })
  @Column({ type: "enum", enum: Chairing, enumName: "chairing", nullable: true })
  chairing: Chairing | null;

  @Field(() => DateTimeISOResolver, { description: "When these answers were last saved, or sent." })
  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt: Date;
}
