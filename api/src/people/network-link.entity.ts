import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from "typeorm";
import { Person } from "./person.entity";
import { Relationship } from "./relationship";
import { YoungPerson } from "./young-person.entity";

/** Someone in a young person's network: a parent, a carer, a sibling, their social worker. */
@ObjectType({ description: "Someone in a young person's network, and how they are related." })
@Entity({ name: "network_link" })
@Unique("network_link_unique", ["youngPersonId", "personId", "relationship"])
export class NetworkLink {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index("network_link_young_person_idx")
  @Column({ name: "young_person_id", type: "uuid" })
  youngPersonId: string;

  @ManyToOne(() => YoungPerson, { nullable: false, onDelete: "CASCADE" })
  @JoinColumn({ name: "young_person_id", foreignKeyConstraintName: "network_link_young_person_fk" })
  youngPerson?: YoungPerson;

  @Index("network_link_person_idx")
  @Column({ name: "person_id", type: "uuid" })
  personId: string;

  @ManyToOne(() => Person, { nullable: false, onDelete: "RESTRICT" })
  @JoinColumn({ name: "person_id", foreignKeyConstraintName: "network_link_person_fk" })
  person?: Person;

  @Field(() => Relationship)
  @Column({ type: "enum", enum: Relationship, enumName: "relationship" })
  relationship: Relationship;

  @Field({ description: "Whether this person may be invited to the young person's reviews." })
  @Column({ name: "may_be_invited", type: "boolean", default: true })
  mayBeInvited: boolean;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
