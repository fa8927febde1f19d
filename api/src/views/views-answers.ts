import { Field, InterfaceType } from "type-graphql";
import { Column } from "typeorm";
import { Feeling } from "./views-options";

/**
 * The young person's answers to the guided questions, shared by their draft and each version they submit. Null is a
 * question skipped. Text is kept exactly as typed, spaces and line breaks included: the IRO reads their own words.
 */
@InterfaceType({ description: "The answers to the questions about the young person's views, in a draft or as submitted." })
export abstract class ViewsAnswers {
  @Field(() => String, { nullable: true, description: "What is going well." })
  @Column({ name: "going_well", type: "text", nullable: true })
  goingWell: string | null;

  @Field(() => String, { nullable: true, description: "What is worrying them." })
  @Column({ name: "worrying_me", type: "text", nullable: true })
  worryingMe: string | null;

  @Field(() => String, { nullable: true, description: "What they would like to change." })
  @Column({ name: "would_like_to_change", type: "text", nullable: true })
  wouldLikeToChange: string | null;

  @Field(() => String, { nullable: true, description: "What they want to talk about at their review." })
  @Column({ name: "talk_about_at_review", type: "text", nullable: true })
  talkAboutAtReview: string | null;

  @Field(() => Feeling, { nullable: true })
  @Column({ name: "feeling_about_home", type: "enum", enum: Feeling, enumName: "feeling", nullable: true })
  feelingAboutHome: Feeling | null;

  @Field(() => Feeling, { nullable: true, description: "How they feel about school or college." })
  @Column({ name: "feeling_about_school", type: "enum", enum: Feeling, enumName: "feeling", nullable: true })
  feelingAboutSchool: Feeling | null;

  @Field(() => Feeling, { nullable: true })
  @Column({ name: "feeling_about_health", type: "enum", enum: Feeling, enumName: "feeling", nullable: true })
  feelingAboutHealth: Feeling | null;

  @Field(() => Feeling, { nullable: true })
  @Column({ name: "feeling_about_family_time", type: "enum", enum: Feeling, enumName: "feeling", nullable: true })
  feelingAboutFamilyTime: Feeling | null;

  @Field(() => Feeling, { nullable: true })
  @Column({ name: "feeling_about_friends_and_activities", type: "enum", enum: Feeling, enumName: "feeling", nullable: true })
  feelingAboutFriendsAndActivities: Feeling | null;

  @Field(() => String, { nullable: true, description: "Anything else." })
  @Column({ name: "anything_else", type: "text", nullable: true })
  anythingElse: string | null;

  @Field({ description: "Whether they answered the shorter questions, with fewer words, made for younger children." })
  @Column({ name: "used_shorter_version", type: "boolean", default: false })
  usedShorterVersion: boolean;
}

export const TEXT_ANSWERS = ["goingWell", "worryingMe", "wouldLikeToChange", "talkAboutAtReview", "anythingElse"] as const;
export const FEELING_ANSWERS = [
  "feelingAboutHome",
  "feelingAboutSchool",
  "feelingAboutHealth",
  "feelingAboutFamilyTime",
  "feelingAboutFriendsAndActivities",
] as const;
/** Everything the young person writes or picks, as opposed to which review a row belongs to. */
export const VIEWS_CONTENT = [...TEXT_ANSWERS, ...FEELING_ANSWERS, "usedShorterVersion"] as const satisfies readonly (keyof ViewsAnswers)[];
