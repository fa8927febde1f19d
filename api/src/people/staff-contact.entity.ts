import { Field, ObjectType } from "type-graphql";
import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from "typeorm";
import { Person } from "./person.entity";

/**
 * How to reach a member of staff at work. Their work number and address, never their own: a young person and the
 * people a link is sent to read them for their IRO, so that they know who to ask (ADR 015).
 */
@ObjectType({ description: "A member of staff's full name and how to reach them at work." })
@Entity({ name: "staff_contact" })
export class StaffContact {
  @PrimaryColumn({ name: "person_id", type: "uuid" })
  personId: string;

  @OneToOne(() => Person, { nullable: false, onDelete: "CASCADE" })
  @JoinColumn({ name: "person_id", foreignKeyConstraintName: "staff_contact_person_fk" })
  person?: Person;

  @Field({ description: "Their first and last name, as they are known at work." })
  name: string;

  @Field(() => String, { nullable: true, description: "Their work phone number, as it is dialled in the UK." })
  @Column({ name: "work_phone", type: "text", nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true, description: "Their work email address." })
  @Column({ name: "work_email", type: "text", nullable: true })
  email: string | null;
}
