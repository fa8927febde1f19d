import { DateTimeISOResolver } from "graphql-scalars";
import { Field, ID, ObjectType } from "type-graphql";
import { Check, Column, CreateDateColumn, Entity, JoinColumn, OneToOne, PrimaryGeneratedColumn } from "typeorm";
import type { AnswerTexts } from "./contribution-answers";
import { ContributionLink } from "./contribution-link.entity";

/**
 * What the holder of one contribution link wrote: a draft kept as they go, then what they sent. One per link. Only
 * the holder sees the draft; the young person's IRO sees the contribution once it is sent.
 */
@ObjectType({ description: "Views sent before a review by someone without an account, through their single-use link." })
@Entity({ name: "contribution" })
@Check("contribution_sent_whole", "(submitted_at IS NULL) = (submitted_answers IS NULL) AND (submitted_at IS NULL) = (submission_key IS NULL)")
export class Contribution {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "link_id", type: "uuid" })
  linkId: string;

  @OneToOne(() => ContributionLink, { nullable: false, onDelete: "RESTRICT" })
  @JoinColumn({ name: "link_id", foreignKeyConstraintName: "contribution_link_fk" })
  link?: ContributionLink;

  @Column({ name: "draft_answers", type: "jsonb" })
  draftAnswers: AnswerTexts;

  @Column({ name: "draft_saved_at", type: "timestamptz", nullable: true })
  draftSavedAt: Date | null;

  @Column({ name: "submitted_answers", type: "jsonb", nullable: true })
  submittedAnswers: AnswerTexts | null;

  // Only contributions that were sent are ever given out (see the loaders), so the field is never null.
  @Field(() => DateTimeISOResolver)
  @Column({ name: "submitted_at", type: "timestamptz", nullable: true })
  submittedAt: Date | null;

  /** Chosen by the client for each submission, so that sending the same one again changes nothing. */
  @Column({ name: "submission_key", type: "uuid", nullable: true })
  submissionKey: string | null;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
