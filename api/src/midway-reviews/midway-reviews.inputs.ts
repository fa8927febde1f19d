import { LocalDateResolver } from "graphql-scalars";
import { ArrayMaxSize, IsOptional, MaxLength, ValidateNested } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { RecommendationProgressInput } from "../recommendations/recommendations.inputs";

export const MAX_NOTE_LENGTH = 2_000;

@InputType({ description: "A check between reviews on the last review's recommendations." })
export class RecordMidwayReviewInput {
  @Field(() => ID, { description: "The held review whose recommendations were checked." })
  reviewId: string;

  @Field(() => LocalDateResolver)
  checkedOn: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(MAX_NOTE_LENGTH, { message: `Keep the note to ${MAX_NOTE_LENGTH} characters.` })
  note?: string | null;

  @Field()
  concernRaised: boolean;

  @Field(() => [RecommendationProgressInput], { description: "How each recommendation stands, at most one each." })
  @ArrayMaxSize(50, { message: "Give at most 50 recommendations' progress." })
  @ValidateNested({ each: true })
  progress: RecommendationProgressInput[];
}
