import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { Context } from "../kernel/context";
import { requireFieldAccess } from "../people/young-person-access";
import { Review } from "../reviews/review.entity";
import { MidwayProgress } from "./midway-progress.entity";
import { MidwayReview } from "./midway-review.entity";
import { RecordMidwayReviewInput } from "./midway-reviews.inputs";
import { recordMidwayReview } from "./midway-reviews.service";

@Resolver(() => MidwayReview)
export class MidwayReviewsResolver {
  @Authorized()
  @Mutation(() => MidwayReview, { description: "Records a check between reviews on a held review's recommendations." })
  recordMidwayReview(@Arg("input", () => RecordMidwayReviewInput) input: RecordMidwayReviewInput, @Ctx() context: Context): Promise<MidwayReview> {
    return recordMidwayReview(context, input);
  }

  @FieldResolver(() => [MidwayProgress], { description: "How each recommendation stood at the check." })
  progress(@Root() midway: MidwayReview, @Ctx() context: Context): Promise<MidwayProgress[]> {
    return context.loaders.midwayProgressByMidwayReviewId.load(midway.id);
  }
}

@Resolver(() => Review)
export class MidwayReviewsOfReviewResolver {
  @FieldResolver(() => [MidwayReview], { description: "The checks made between this review and the next, oldest first. For staff." })
  async midwayReviews(@Root() review: Review, @Ctx() context: Context): Promise<MidwayReview[]> {
    await requireFieldAccess(context, "read", "midway-review", review.youngPersonId);
    return context.loaders.midwayReviewsByReviewId.load(review.id);
  }
}
