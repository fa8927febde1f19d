import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn } from "typeorm";
import { Person } from "./person.entity";

/** A child or young person in care; shares its id with the person it describes. */
@ObjectType({ description: "A child or young person in care." })
@Entity({ name: "young_person" })
@Index("young_person_review_due_idx", ["reviewDueOn", "id"])
@Index("young_person_local_authority_review_due_idx", ["localAuthorityId", "reviewDueOn", "id"])
export class YoungPerson {
  @Field(() => ID)
  @PrimaryColumn("uuid")
  id: string;

  @OneToOne(() => Person, { nullable: false, onDelete: "RESTRICT" })
  @JoinColumn({ name: "id", foreignKeyConstraintName: "young_person_person_fk" })
  person: Person;

  /**
   * Their person's local authority, copied by the database when the row is written (ADR 016), so that row-level
   * security and the authority's lists reach a young person through an index rather than a join.
   */
  @Column({ name: "local_authority_id", type: "uuid", insert: false, update: false })
  localAuthorityId: string;

  @Column({ name: "date_of_birth", type: "date" })
  dateOfBirth: string;

  /**
   * The last day on which the next review is on time (YYYY-MM-DD), or null with no open period of care. Kept true by
   * the database whenever a period of care or a review changes (ADR 013), so lists can filter and order by it.
   */
  @Column({ name: "review_due_on", type: "date", nullable: true, insert: false, update: false })
  reviewDueOn: string | null;
}
