import { IsOptional, MaxLength } from "class-validator";
import { DateTimeISOResolver } from "graphql-scalars";
import { Field, ID, InputType } from "type-graphql";
import { ReviewFormat } from "./review-format";
import { NotBlank } from "../kernel/input-constraints";

@InputType()
export class ScheduleReviewInput {
  @Field(() => ID)
  youngPersonId: string;

  @Field(() => DateTimeISOResolver, { description: "When the review starts." })
  scheduledFor: Date;

  @Field(() => ReviewFormat)
  format: ReviewFormat;

  @Field(() => String, { nullable: true, description: 'Where it meets, such as "Oak Lodge, the family room".' })
  @IsOptional()
  @MaxLength(200, { message: "Keep the venue to 200 characters." })
  venue?: string | null;
}

@InputType()
export class RecordReviewHeldInput {
  @Field(() => ID)
  reviewId: string;
}

/** A change to a planned review that has to say why. Unused by any operation, so left out of the schema. */
@InputType()
abstract class ReviewChangeWithReasonInput {
  @Field(() => ID)
  reviewId: string;

  @Field({ description: "Why, for the record. Everyone who may see the review may read it." })
  @NotBlank({ message: "Give a reason, for the record." })
  @MaxLength(1000, { message: "Keep the reason to 1000 characters." })
  reason: string;
}

@InputType()
export class RescheduleReviewInput extends ReviewChangeWithReasonInput {
  @Field(() => DateTimeISOResolver, { description: "When the review starts now." })
  scheduledFor: Date;
}

@InputType()
export class RearrangeReviewInput extends ReviewChangeWithReasonInput {
  @Field(() => ReviewFormat, { description: "How the review meets now." })
  format: ReviewFormat;

  @Field(() => String, { nullable: true, description: "Where it meets now; none for a review with no place, such as one online." })
  @IsOptional()
  @MaxLength(200, { message: "Keep the venue to 200 characters." })
  venue?: string | null;
}

@InputType()
export class AdjournReviewInput extends ReviewChangeWithReasonInput {}

@InputType()
export class CancelReviewInput extends ReviewChangeWithReasonInput {}
