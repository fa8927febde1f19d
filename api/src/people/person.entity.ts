import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { LocalAuthority } from "../tenancy/local-authority.entity";

/** Anyone the service knows: a young person, someone in their network, or a member of staff. */
@ObjectType({ description: "A person known to the service. Only the first name is ever shown to others." })
@Entity({ name: "person" })
@Index("person_local_authority_first_name_idx", ["localAuthorityId", "firstName", "id"])
export class Person {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index("person_local_authority_idx")
  @Column({ name: "local_authority_id", type: "uuid" })
  localAuthorityId: string;

  @ManyToOne(() => LocalAuthority, { nullable: false, onDelete: "RESTRICT" })
  @JoinColumn({ name: "local_authority_id", foreignKeyConstraintName: "person_local_authority_fk" })
  localAuthority?: LocalAuthority;

  @Field({ description: "The name the person likes to be called." })
  @Column({ name: "first_name", type: "text" })
  firstName: string;

  @Column({ name: "last_name", type: "text" })
  lastName: string;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
