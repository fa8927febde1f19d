import { DateTimeISOResolver } from "graphql-scalars";
import { Field, ID, ObjectType } from "type-graphql";
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryGeneratedColumn, Unique } from "typeorm";
import { Account } from "../accounts/account.entity";
import { ContributionLink } from "../contributions/contribution-link.entity";
import { FeedbackRespondent } from "../feedback/feedback-respondent";
import { Person } from "../people/person.entity";
import { YoungPerson } from "../people/young-person.entity";
import { Review } from "../reviews/review.entity";

/**
 * Someone who came to a held review, as its IRO recorded: someone from the young person's network (or the young
 * person), or anyone else by name and role. Whether they were asked for feedback, and the link made for them.
 */
@ObjectType({ description: "Someone who came to a held review." })
@Entity({ name: "review_attendee" })
@Unique("review_attendee_once", ["reviewId", "personId"])
@Index("review_attendee_iro_idx", ["iroPersonId", "reviewId"])
@Check("review_attendee_named", "person_id IS NOT NULL OR (name IS NOT NULL AND role IS NOT NULL)")
@Check("review_attendee_link_only_when_asked", "link_id IS NULL OR feedback_asked")
export class ReviewAttendee {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "review_id", type: "uuid" })
  reviewId: string;

  @ManyToOne(() => Review, { nullable: false, onDelete: "RESTRICT" })
  @JoinColumn({ name: "review_id", foreignKeyConstraintName: "review_attendee_review_fk" })
  review?: Review;

  // The review's young person and authority, kept here so that row-level security need not look the review up.
  @Column({ name: "young_person_id", type: "uuid" })
  youngPersonId: string;

  @ManyToOne(() => YoungPerson, { nullable: false, onDelete: "RESTRICT" })
  @JoinColumn({ name: "young_person_id", foreignKeyConstraintName: "review_attendee_young_person_fk" })
  youngPerson?: YoungPerson;

  @Column({ name: "local_authority_id", type: "uuid" })
  localAuthorityId: string;

  /** The IRO who chaired the review and recorded who came: the manager's figures are per IRO. */
  @Column({ name: "iro_person_id", type: "uuid" })
  iroPersonId: string;

  @ManyToOne(() => Person, { nullable: false, onDelete: "RESTRICT" })
  @JoinColumn({ name: "iro_person_id", foreignKeyConstraintName: "review_attendee_iro_fk" })
  iro?: Person;

  /** Someone in the young person's network, or the young person; null for anyone else, named below. */
  @Field(() => ID, { nullable: true, description: "The young person or someone in their network; null for anyone else, named by the IRO." })
  @Column({ name: "person_id", type: "uuid", nullable: true })
  personId: string | null;

  @ManyToOne(() => Person, { nullable: true, onDelete: "RESTRICT" })
  @JoinColumn({ name: "person_id", foreignKeyConstraintName: "review_attendee_person_fk" })
  person?: Person | null;

  @Column({ type: "text", nullable: true })
  name: string | null;

  @Column({ type: "text", nullable: true })
  role: string | null;

  @Field(() => FeedbackRespondent, { description: "Which feedback form is theirs." })
  @Column({ type: "enum", enum: FeedbackRespondent, enumName: "feedback_respondent" })
  respondent: FeedbackRespondent;

  @Field({ description: "Whether they were asked for feedback: by a single-use link, or for the young person in the portal." })
  @Column({ name: "feedback_asked", type: "boolean" })
  feedbackAsked: boolean;

  /** The single-use feedback link made for them; null for the young person, who answers in the portal. */
  @Column({ name: "link_id", type: "uuid", nullable: true })
  linkId: string | null;

  @OneToOne(() => ContributionLink, { nullable: true, onDelete: "RESTRICT" })
  @JoinColumn({ name: "link_id", foreignKeyConstraintName: "review_attendee_link_fk" })
  link?: ContributionLink | null;

  @Column({ name: "created_by_account_id", type: "uuid" })
  createdByAccountId: string;

  @ManyToOne(() => Account, { nullable: false, onDelete: "RESTRICT" })
  @JoinColumn({ name: "created_by_account_id", foreignKeyConstraintName: "review_attendee_created_by_fk" })
  createdBy?: Account;

  @Field(() => DateTimeISOResolver)
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
