import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, JoinColumn, OneToOne, PrimaryGeneratedColumn } from "typeorm";
import { Person } from "../people/person.entity";
import { Role } from "../kernel/access/role";

/** The means by which a person signs in. Usernames are stored in lower case, so they are unique whatever the case typed. */
@ObjectType({ description: "A signed-in person's account." })
@Entity({ name: "account" })
export class Account {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "person_id", type: "uuid" })
  personId: string;

  @OneToOne(() => Person, { nullable: false, onDelete: "RESTRICT" })
  @JoinColumn({ name: "person_id", foreignKeyConstraintName: "account_person_fk" })
  person?: Person;

  // Kept on the account as well as the person, so a session can be checked before any claim is set (see ADR 007).
  @Column({ name: "local_authority_id", type: "uuid" })
  localAuthorityId: string;

  @Field()
  @Column({ type: "text", unique: true })
  username: string;

  @Column({ name: "passphrase_hash", type: "text" })
  passphraseHash: string;

  @Field(() => Role)
  @Column({ type: "enum", enum: Role, enumName: "account_role" })
  role: Role;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
