import { DateTimeISOResolver, LocalDateResolver } from "graphql-scalars";
import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from "typeorm";
import { Account } from "../accounts/account.entity";
import { Person } from "../people/person.entity";
import { YoungPerson } from "../people/young-person.entity";
import { WorryContact, WorryHowSoon } from "./worry-options";

/**
 * "I'm worried": a young person asks their IRO or their social worker to contact them. It is stored before anything
 * else happens, shown to both until one of them acknowledges it, and keeps who acknowledged it and when.
 */
@ObjectType({ description: "A young person's \"I'm worried\" alert." })
@Entity({ name: "worry_alert" })
@Unique("worry_alert_submission_key_unique", ["youngPersonId", "submissionKey"])
@Index("worry_alert_open_idx", ["raisedAt", "id"], { where: "acknowledged_at IS NULL" })
export class WorryAlert {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => ID)
  @Column({ name: "young_person_id", type: "uuid" })
  youngPersonId: string;

  @ManyToOne(() => YoungPerson, { nullable: false, onDelete: "CASCADE" })
  @JoinColumn({ name: "young_person_id", foreignKeyConstraintName: "worry_alert_young_person_fk" })
  youngPerson?: YoungPerson;

  @Field(() => WorryContact)
  @Column({ type: "enum", enum: WorryContact, enumName: "worry_contact" })
  wants: WorryContact;

  @Field(() => WorryHowSoon)
  @Column({ name: "how_soon", type: "enum", enum: WorryHowSoon, enumName: "worry_how_soon" })
  howSoon: WorryHowSoon;

  @Field(() => String, { nullable: true, description: "What it is about, if the young person said." })
  @Column({ type: "text", nullable: true })
  about: string | null;

  /** Chosen by the page for one press of "Send", so that a double click or a retry stores the alert once. */
  @Column({ name: "submission_key", type: "uuid" })
  submissionKey: string;

  @Field(() => DateTimeISOResolver)
  @Column({ name: "raised_at", type: "timestamptz" })
  raisedAt: Date;

  @Field(() => LocalDateResolver, { description: "The day by which the young person was told to expect contact." })
  @Column({ name: "contact_by", type: "date" })
  contactBy: string;

  /** The IRO allocated when it was raised, who was told. */
  @Column({ name: "iro_person_id", type: "uuid", nullable: true })
  iroPersonId: string | null;

  @ManyToOne(() => Person, { nullable: true })
  @JoinColumn({ name: "iro_person_id", foreignKeyConstraintName: "worry_alert_iro_fk" })
  iro?: Person | null;

  /** The social worker linked when it was raised, who was told. */
  @Column({ name: "social_worker_person_id", type: "uuid", nullable: true })
  socialWorkerPersonId: string | null;

  @ManyToOne(() => Person, { nullable: true })
  @JoinColumn({ name: "social_worker_person_id", foreignKeyConstraintName: "worry_alert_social_worker_fk" })
  socialWorker?: Person | null;

  @Field(() => DateTimeISOResolver, { nullable: true })
  @Column({ name: "acknowledged_at", type: "timestamptz", nullable: true })
  acknowledgedAt: Date | null;

  @Column({ name: "acknowledged_by_account_id", type: "uuid", nullable: true })
  acknowledgedByAccountId: string | null;

  @ManyToOne(() => Account, { nullable: true })
  @JoinColumn({ name: "acknowledged_by_account_id", foreignKeyConstraintName: "worry_alert_acknowledged_by_fk" })
  acknowledgedBy?: Account | null;
}
