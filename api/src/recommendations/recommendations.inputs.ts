import { LocalDateResolver } from "graphql-scalars";
import { IsOptional, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { NotBlank } from "../kernel/input-constraints";
import { RecommendationStatus } from "./recommendation-status";

export const MAX_ACTION_LENGTH = 1_000;
export const MAX_ROLE_LENGTH = 200;
export const MAX_STATUS_NOTE_LENGTH = 1_000;

@InputType({ description: "A recommendation of a held review: who will do what, by when. Someone in the network, or a role." })
export class AddRecommendationInput {
  @Field(() => ID)
  reviewId: string;

  @Field({ description: "What will be done." })
  @NotBlank({ message: "Say what will be done." })
  @MaxLength(MAX_ACTION_LENGTH, { message: `Keep what will be done to ${MAX_ACTION_LENGTH} characters.` })
  action: string;

  @Field(() => ID, { nullable: true, description: "Someone in the young person's network who is responsible; or give a role." })
  responsiblePersonId?: string | null;

  @Field(() => String, { nullable: true, description: "The role responsible, such as \"the school\", when it is not someone in the network." })
  @IsOptional()
  @MaxLength(MAX_ROLE_LENGTH, { message: `Keep who is responsible to ${MAX_ROLE_LENGTH} characters.` })
  responsibleRole?: string | null;

  @Field(() => LocalDateResolver, { description: "The day it should be done by: the day of the review or later." })
  dueOn: string;
}

/** How far one recommendation has got, with a note: said on its own, or for each recommendation at a midway check. */
@InputType()
export class RecommendationProgressInput {
  @Field(() => ID)
  recommendationId: string;

  @Field(() => RecommendationStatus)
  status: RecommendationStatus;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(MAX_STATUS_NOTE_LENGTH, { message: `Keep the note to ${MAX_STATUS_NOTE_LENGTH} characters.` })
  note?: string | null;
}
