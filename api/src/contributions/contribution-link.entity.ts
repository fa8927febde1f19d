import { DateTimeISOResolver } from "graphql-scalars";
import { Field, ID, ObjectType } from "type-graphql";
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Account } from "../accounts/account.entity";
import { Person } from "../people/person.entity";
import { Relationship } from "../people/relationship";
import { YoungPerson } from "../people/young-person.entity";
import { Review } from "../reviews/review.entity";
import { ContributionPurpose } from "./contribution-purpose";

/**
 * A single-use link an IRO makes for one person to contribute to one review, for one purpose: views before it, from
 * someone in the young person's network, or feedback after it, from someone who came. Only a hash
 * of its token is kept. Making another for the same person, review and purpose revokes the open one, so at most one
 * works at a time.
 */
@ObjectType({ description: "A single-use link for someone without an account to contribute to one review. Its token is never shown again." })
@Entity({ name: "contribution_link" })
@Check("contribution_link_views_name_someone", "purpose <> 'VIEWS' OR person_id IS NOT NULL")
@Index("contribution_link_review_idx", ["reviewId", "createdAt"])
@Index("contribution_link_one_open_idx", ["reviewId", "personId", "purpose"], { unique: true, where: "used_at IS NULL AND revoked_at IS NULL" })
export class ContributionLink {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "review_id", type: "uuid" })
  reviewId: string;

  @ManyToOne(() => Review, { nullable: false, onDelete: "RESTRICT" })
  @JoinColumn({ name: "review_id", foreignKeyConstraintName: "contribution_link_review_fk" })
  review?: Review;

  // The review's young person, kept here so that row-level security and the audit need not look the review up.
  @Column({ name: "young_person_id", type: "uuid" })
  youngPersonId: string;

  @ManyToOne(() => YoungPerson, { nullable: false, onDelete: "RESTRICT" })
  @JoinColumn({ name: "young_person_id", foreignKeyConstraintName: "contribution_link_young_person_fk" })
  youngPerson?: YoungPerson;

  // Kept here so that a link holder, who has no account, can be named in the audit of the right authority.
  @Column({ name: "local_authority_id", type: "uuid" })
  localAuthorityId: string;

  /** The person invited, from the young person's network; null for feedback from someone who came, named by the IRO. */
  @Column({ name: "person_id", type: "uuid", nullable: true })
  personId: string | null;

  @ManyToOne(() => Person, { nullable: true, onDelete: "RESTRICT" })
  @JoinColumn({ name: "person_id", foreignKeyConstraintName: "contribution_link_person_fk" })
  person?: Person;

  @Field(() => Relationship, { description: "How the person invited is related to the young person: it decides the questions." })
  @Column({ type: "enum", enum: Relationship, enumName: "relationship" })
  relationship: Relationship;

  @Field(() => ContributionPurpose)
  @Column({ type: "enum", enum: ContributionPurpose, enumName: "contribution_purpose" })
  purpose: ContributionPurpose;

  @Column({ name: "token_hash", type: "bytea", unique: true })
  tokenHash: Buffer;

  @Column({ name: "created_by_account_id", type: "uuid" })
  createdByAccountId: string;

  @ManyToOne(() => Account, { nullable: false, onDelete: "RESTRICT" })
  @JoinColumn({ name: "created_by_account_id", foreignKeyConstraintName: "contribution_link_created_by_fk" })
  createdBy?: Account;

  @Field(() => DateTimeISOResolver)
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @Field(() => DateTimeISOResolver, {
    description: "When the link stops working at the latest; sooner if the review is moved earlier or does not go ahead.",
  })
  @Column({ name: "expires_at", type: "timestamptz" })
  expiresAt: Date;

  @Column({ name: "used_at", type: "timestamptz", nullable: true })
  usedAt: Date | null;

  @Column({ name: "revoked_at", type: "timestamptz", nullable: true })
  revokedAt: Date | null;
}
