import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { requireFieldAccess } from "../people/young-person-access";
import type { Context } from "../kernel/context";
import { Person } from "../people/person.entity";
import {
  AdjournReviewInput,
  CancelReviewInput,
  RearrangeReviewInput,
  RecordReviewHeldInput,
  RescheduleReviewInput,
  ScheduleReviewInput,
} from "./review-arrangement.inputs";
import { ReviewChange } from "./review-change.entity";
import { Review } from "./review.entity";
import { adjournReview, cancelReview, rearrangeReview, recordReviewHeld, rescheduleReview, scheduleReview } from "./review.service";

/** Arranging reviews: the young person's IRO, or an IRO manager, plans each one and records what became of it. */
@Resolver(() => Review)
export class ReviewResolver {
  @Authorized()
  @Mutation(() => Review, { description: "Plans a young person's next review. A young person has at most one planned at a time." })
  scheduleReview(@Arg("input", () => ScheduleReviewInput) input: ScheduleReviewInput, @Ctx() context: Context): Promise<Review> {
    return scheduleReview(context, input);
  }

  @Authorized()
  @Mutation(() => Review, { description: "Moves a planned review to a new start." })
  rescheduleReview(@Arg("input", () => RescheduleReviewInput) input: RescheduleReviewInput, @Ctx() context: Context): Promise<Review> {
    return rescheduleReview(context, input);
  }

  @Authorized()
  @Mutation(() => Review, { description: "Changes how and where a planned review meets, such as to follow the young person's choices." })
  rearrangeReview(@Arg("input", () => RearrangeReviewInput) input: RearrangeReviewInput, @Ctx() context: Context): Promise<Review> {
    return rearrangeReview(context, input);
  }

  @Authorized()
  @Mutation(() => Review, { description: "Records that a planned review took place, once its start has passed." })
  recordReviewHeld(@Arg("input", () => RecordReviewHeldInput) input: RecordReviewHeldInput, @Ctx() context: Context): Promise<Review> {
    return recordReviewHeld(context, input);
  }

  @Authorized()
  @Mutation(() => Review, { description: "Records that a planned review began but could not finish; another needs scheduling." })
  adjournReview(@Arg("input", () => AdjournReviewInput) input: AdjournReviewInput, @Ctx() context: Context): Promise<Review> {
    return adjournReview(context, input);
  }

  @Authorized()
  @Mutation(() => Review, { description: "Calls off a planned review." })
  cancelReview(@Arg("input", () => CancelReviewInput) input: CancelReviewInput, @Ctx() context: Context): Promise<Review> {
    return cancelReview(context, input);
  }

  @FieldResolver(() => [ReviewChange], { description: "Everything that happened to the review, oldest first." })
  async history(@Root() review: Review, @Ctx() context: Context): Promise<ReviewChange[]> {
    await requireFieldAccess(context, "read", "review", review.youngPersonId);
    return context.loaders.reviewHistoryByReviewId.load(review.id);
  }
}

@Resolver(() => ReviewChange)
export class ReviewChangeResolver {
  @FieldResolver(() => Person, { nullable: true, description: "Who made the change; null if the caller may not see them." })
  changedBy(@Root() change: ReviewChange, @Ctx() { loaders }: Context): Promise<Person | null> {
    return loaders.personByAccountId.load(change.accountId);
  }
}
