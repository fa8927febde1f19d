import { Check, Column, CreateDateColumn, Entity, JoinColumn, OneToOne, PrimaryGeneratedColumn } from "typeorm";
import { ReviewAttendee } from "../attendance/review-attendee.entity";
import { FeedbackRating, type FeedbackAnswers } from "./feedback-answers";

/**
 * One attendee's feedback on a review: a draft kept as they go, then what they sent, in columns the manager's figures
 * count in SQL. Only its writer sees the draft; the review's IRO reads it once sent; the manager reads figures and
 * the comments its writer agreed to share.
 */
@Entity({ name: "feedback" })
@Check("feedback_sent_whole", "(submitted_at IS NULL) = (submission_key IS NULL) AND (submitted_at IS NULL OR may_quote IS NOT NULL)")
export class Feedback {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "attendee_id", type: "uuid" })
  attendeeId: string;

  @OneToOne(() => ReviewAttendee, { nullable: false, onDelete: "RESTRICT" })
  @JoinColumn({ name: "attendee_id", foreignKeyConstraintName: "feedback_attendee_fk" })
  attendee?: ReviewAttendee;

  @Column({ type: "jsonb", default: () => "'{}'" })
  draft: Partial<FeedbackAnswers>;

  @Column({ name: "draft_saved_at", type: "timestamptz", nullable: true })
  draftSavedAt: Date | null;

  /** How often the young person said "not now": twice, and their home page stops asking. */
  @Column({ name: "not_now_count", type: "smallint", default: 0 })
  notNowCount: number;

  @Column({ name: "submitted_at", type: "timestamptz", nullable: true })
  submittedAt: Date | null;

  /** Chosen by the client for each submission, so that sending the same one again changes nothing. */
  @Column({ name: "submission_key", type: "uuid", nullable: true })
  submissionKey: string | null;

  @Column({ name: "listened_to", type: "enum", enum: FeedbackRating, enumName: "feedback_rating", nullable: true })
  listenedTo: FeedbackRating | null;

  @Column({ name: "views_taken_into_account", type: "enum", enum: FeedbackRating, enumName: "feedback_rating", nullable: true })
  viewsTakenIntoAccount: FeedbackRating | null;

  @Column({ name: "well_organised", type: "enum", enum: FeedbackRating, enumName: "feedback_rating", nullable: true })
  wellOrganised: FeedbackRating | null;

  @Column({ name: "young_person_at_the_centre", type: "enum", enum: FeedbackRating, enumName: "feedback_rating", nullable: true })
  youngPersonAtTheCentre: FeedbackRating | null;

  @Column({ name: "keep_the_same", type: "text", nullable: true })
  keepTheSame: string | null;

  @Column({ type: "text", nullable: true })
  change: string | null;

  @Column({ name: "anything_else", type: "text", nullable: true })
  anythingElse: string | null;

  @Column({ name: "may_quote", type: "boolean", nullable: true })
  mayQuote: boolean | null;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
