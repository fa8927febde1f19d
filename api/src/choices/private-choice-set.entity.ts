import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from "typeorm";
import { YoungPerson } from "../people/young-person.entity";
import { Review } from "../reviews/review.entity";
import { ChoicesVersion } from "./choice-options";

/**
 * Who a young person does not want at their review, kept apart from the rest of their choices so that the database
 * itself shows it to nobody but them and their IRO, whatever a query asks for.
 */
@Entity({ name: "review_choice_private" })
@Unique("review_choice_private_version_unique", ["reviewId", "version"])
export class PrivateChoiceSet {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "review_id", type: "uuid" })
  reviewId: string;

  @ManyToOne(() => Review, { nullable: false, onDelete: "CASCADE" })
  @JoinColumn({ name: "review_id", foreignKeyConstraintName: "review_choice_private_review_fk" })
  review?: Review;

  @Column({ name: "young_person_id", type: "uuid" })
  youngPersonId: string;

  @ManyToOne(() => YoungPerson, { nullable: false, onDelete: "CASCADE" })
  @JoinColumn({ name: "young_person_id", foreignKeyConstraintName: "review_choice_private_young_person_fk" })
  youngPerson?: YoungPerson;

  @Column({ type: "enum", enum: ChoicesVersion, enumName: "choices_version" })
  version: ChoicesVersion;

  @Column({ name: "not_wanted_person_ids", type: "uuid", array: true, nullable: true })
  notWantedPersonIds: string[] | null;

  @Column({ name: "not_wanted_others", type: "text", nullable: true })
  notWantedOthers: string | null;

  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt: Date;
}
