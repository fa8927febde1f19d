import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { requireAccess, requireFieldAccess } from "../people/young-person-access";
import type { Context } from "../kernel/context";
import { notFound } from "../kernel/errors";
import { Person } from "../people/person.entity";
import {
  AdjournReviewInput,
  CancelReviewInput,
  RecordReviewHeldInput,
  RescheduleReviewInput,
  ScheduleReviewInput,
} from "./review-arrangement.inputs";
import { closeReview, lockReview, recordReviewHeld, rescheduleReview, scheduleReview, type Arranger } from "./review-arrangements";
import { ReviewChange } from "./review-change.entity";
import { ReviewStatus } from "./review-status";
import { Review } from "./review.entity";

const arranger = (context: Context): Arranger => ({ accountId: context.viewer!.account.id, now: new Date() });

/** The review, if the caller may arrange it (NOT_FOUND if not), locked for the rest of the request. */
async function arrangeable(context: Context, reviewId: string): Promise<Review> {
  const review = await lockReview(context.db, reviewId);
  if (!review) throw notFound();
  await requireAccess(context, "update", "review", review.youngPersonId);
  return review;
}

/** Arranging reviews: the young person's IRO, or an IRO manager, plans each one and records what became of it. */
@Resolver(() => Review)
export class ReviewResolver {
  @Authorized()
  @Mutation(() => Review, { description: "Plans a young person's next review. A young person has at most one planned at a time." })
  async scheduleReview(@Arg("input", () => ScheduleReviewInput) input: ScheduleReviewInput, @Ctx() context: Context): Promise<Review> {
    await requireAccess(context, "update", "review", input.youngPersonId);
    const review = await scheduleReview(context.db, input, arranger(context));
    context.audit.record("create", "review", review.youngPersonId);
    return review;
  }

  @Authorized()
  @Mutation(() => Review, { description: "Moves a planned review to a new start." })
  async rescheduleReview(@Arg("input", () => RescheduleReviewInput) input: RescheduleReviewInput, @Ctx() context: Context): Promise<Review> {
    return rescheduleReview(context.db, await arrangeable(context, input.reviewId), input, arranger(context));
  }

  @Authorized()
  @Mutation(() => Review, { description: "Records that a planned review took place, once its start has passed." })
  async recordReviewHeld(@Arg("input", () => RecordReviewHeldInput) input: RecordReviewHeldInput, @Ctx() context: Context): Promise<Review> {
    return recordReviewHeld(context.db, await arrangeable(context, input.reviewId), arranger(context));
  }

  @Authorized()
  @Mutation(() => Review, { description: "Records that a planned review began but could not finish; another needs scheduling." })
  async adjournReview(@Arg("input", () => AdjournReviewInput) input: AdjournReviewInput, @Ctx() context: Context): Promise<Review> {
    return closeReview(context.db, await arrangeable(context, input.reviewId), ReviewStatus.ADJOURNED, input.reason, arranger(context));
  }

  @Authorized()
  @Mutation(() => Review, { description: "Calls off a planned review." })
  async cancelReview(@Arg("input", () => CancelReviewInput) input: CancelReviewInput, @Ctx() context: Context): Promise<Review> {
    return closeReview(context.db, await arrangeable(context, input.reviewId), ReviewStatus.CANCELLED, input.reason, arranger(context));
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
