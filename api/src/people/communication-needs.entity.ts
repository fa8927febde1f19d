import { DateTimeISOResolver } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from "typeorm";
import { YoungPerson } from "./young-person.entity";

/** How a young person communicates best, kept by their IRO so that every review is set up for them. */
@ObjectType({ description: "What a young person needs to take part: an interpreter, a way of communicating, anything else." })
@Entity({ name: "communication_needs" })
export class CommunicationNeeds {
  @PrimaryColumn({ name: "young_person_id", type: "uuid" })
  youngPersonId: string;

  @OneToOne(() => YoungPerson, { nullable: false, onDelete: "CASCADE" })
  @JoinColumn({ name: "young_person_id", foreignKeyConstraintName: "communication_needs_young_person_fk" })
  youngPerson?: YoungPerson;

  @Field(() => String, { nullable: true, description: "The language an interpreter should speak, if one is needed." })
  @Column({ name: "interpreter_language", type: "text", nullable: true })
  interpreterLanguage: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Augmentative and alternative communication the young person uses, such as Makaton or a picture board.",
  })
  @Column({ name: "alternative_communication", type: "text", nullable: true })
  alternativeCommunication: string | null;

  @Field(() => String, { nullable: true, description: "Anything else that helps, in the IRO's words." })
  @Column({ name: "other_needs", type: "text", nullable: true })
  otherNeeds: string | null;

  @Column({ name: "updated_by_account_id", type: "uuid" })
  updatedByAccountId: string;

  @Field(() => DateTimeISOResolver)
  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt: Date;
}
