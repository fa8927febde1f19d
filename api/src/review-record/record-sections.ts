import { Field, InterfaceType } from "type-graphql";
import { Column } from "typeorm";

/** The record's sections, written to the young person, in a draft and in each completed version alike. Null is not written. */
@InterfaceType({ description: "The sections of a review's record, written to the young person." })
export abstract class RecordSections {
  @Field(() => String, { nullable: true, description: "What we talked about." })
  @Column({ name: "talked_about", type: "text", nullable: true })
  talkedAbout: string | null;

  @Field(() => String, { nullable: true, description: "What is going well." })
  @Column({ name: "going_well", type: "text", nullable: true })
  goingWell: string | null;

  @Field(() => String, { nullable: true, description: "What people are worried about." })
  @Column({ name: "worries", type: "text", nullable: true })
  worries: string | null;

  @Field(() => String, { nullable: true, description: "What will happen next." })
  @Column({ name: "next_steps", type: "text", nullable: true })
  nextSteps: string | null;

  @Field(() => String, { nullable: true, description: "What the young person told us." })
  @Column({ name: "you_told_us", type: "text", nullable: true })
  youToldUs: string | null;
}

export const RECORD_SECTIONS = ["talkedAbout", "goingWell", "worries", "nextSteps", "youToldUs"] as const satisfies readonly (keyof RecordSections)[];
export type RecordSection = (typeof RECORD_SECTIONS)[number];
