import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from "typeorm";
import { Person } from "./person.entity";

/** A child or young person in care; shares its id with the person it describes. */
@ObjectType({ description: "A child or young person in care." })
@Entity({ name: "young_person" })
export class YoungPerson {
  @Field(() => ID)
  @PrimaryColumn("uuid")
  id: string;

  @OneToOne(() => Person, { nullable: false, onDelete: "RESTRICT" })
  @JoinColumn({ name: "id", foreignKeyConstraintName: "young_person_person_fk" })
  person: Person;

  @Column({ name: "date_of_birth", type: "date" })
  dateOfBirth: string;
}
