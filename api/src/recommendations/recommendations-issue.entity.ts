import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from "typeorm";
import { YoungPerson } from "../people/young-person.entity";
import { Review } from "../reviews/review.entity";

/** When a review's recommendations were issued: stamped once, and from then the young person and their social worker see them. */
@Entity({ name: "recommendations_issue" })
export class RecommendationsIssue {
  @PrimaryColumn({ name: "review_id", type: "uuid" })
  reviewId: string;

  @ManyToOne(() => Review, { nullable: false, onDelete: "CASCADE" })
  @JoinColumn({ name: "review_id", foreignKeyConstraintName: "recommendations_issue_review_fk" })
  review?: Review;

  @Column({ name: "young_person_id", type: "uuid" })
  youngPersonId: string;

  @ManyToOne(() => YoungPerson, { nullable: false, onDelete: "CASCADE" })
  @JoinColumn({ name: "young_person_id", foreignKeyConstraintName: "recommendations_issue_young_person_fk" })
  youngPerson?: YoungPerson;

  @Column({ name: "issued_by_account_id", type: "uuid" })
  issuedByAccountId: string;

  @CreateDateColumn({ name: "issued_at", type: "timestamptz" })
  issuedAt: Date;
}
