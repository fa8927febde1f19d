import { DateTimeISOResolver } from "graphql-scalars";
import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Person } from "../people/person.entity";
import { YoungPerson } from "../people/young-person.entity";

/**
 * Who was a young person's IRO, and when. A change of IRO ends one allocation and starts the next, so the history
 * stays; at most one allocation per young person is open (a partial unique index).
 */
@ObjectType({ description: "A period during which an IRO was allocated to a young person." })
@Entity({ name: "iro_allocation" })
@Index("iro_allocation_one_current_idx", ["youngPersonId"], { unique: true, where: "ends_at IS NULL" })
@Index("iro_allocation_iro_idx", ["iroPersonId", "endsAt"])
export class IroAllocation {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "young_person_id", type: "uuid" })
  youngPersonId: string;

  @ManyToOne(() => YoungPerson, { nullable: false, onDelete: "CASCADE" })
  @JoinColumn({ name: "young_person_id", foreignKeyConstraintName: "iro_allocation_young_person_fk" })
  youngPerson?: YoungPerson;

  @Column({ name: "iro_person_id", type: "uuid" })
  iroPersonId: string;

  @ManyToOne(() => Person, { nullable: false, onDelete: "RESTRICT" })
  @JoinColumn({ name: "iro_person_id", foreignKeyConstraintName: "iro_allocation_iro_fk" })
  iro?: Person;

  @Field(() => DateTimeISOResolver)
  @Column({ name: "starts_at", type: "timestamptz" })
  startsAt: Date;

  @Field(() => DateTimeISOResolver, { nullable: true })
  @Column({ name: "ends_at", type: "timestamptz", nullable: true })
  endsAt: Date | null;

  @Field({ description: "Why the IRO was allocated or changed." })
  @Column({ type: "text" })
  reason: string;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
