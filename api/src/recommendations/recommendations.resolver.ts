import { DateTimeISOResolver } from "graphql-scalars";
import { Arg, Authorized, Ctx, Extensions, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";
import type { Context } from "../kernel/context";
import { requireFieldAccess } from "../people/young-person-access";
import { WorkDeadline, workDeadline } from "../review-record/work-deadline";
import { Review } from "../reviews/review.entity";
import { Recommendation } from "./recommendation.entity";
import { AddRecommendationInput, RecommendationProgressInput } from "./recommendations.inputs";
import { addRecommendation, issueRecommendations, MAX_RECOMMENDATIONS, updateRecommendationStatus } from "./recommendations.service";

@Resolver(() => Recommendation)
export class RecommendationResolver {
  @Authorized()
  @Mutation(() => Recommendation, { description: "Adds a recommendation to a held review: who will do what, by when." })
  addRecommendation(@Arg("input", () => AddRecommendationInput) input: AddRecommendationInput, @Ctx() context: Context): Promise<Recommendation> {
    return addRecommendation(context, input);
  }

  @Authorized()
  @Mutation(() => DateTimeISOResolver, {
    description: "Issues a held review's recommendations, stamping when, and shows them to the young person. Asked again, it answers with the first stamp.",
  })
  issueRecommendations(@Arg("reviewId", () => ID) reviewId: string, @Ctx() context: Context): Promise<Date> {
    return issueRecommendations(context, reviewId);
  }

  @Authorized()
  @Mutation(() => Recommendation, { description: "Says how far a recommendation has got: done, in progress or not done, with a note." })
  updateRecommendationStatus(
    @Arg("input", () => RecommendationProgressInput) input: RecommendationProgressInput,
    @Ctx() context: Context,
  ): Promise<Recommendation> {
    return updateRecommendationStatus(context, input);
  }

  @FieldResolver(() => String, { description: "Who will do it: the name of the person in the network, or the role." })
  responsible(@Root() recommendation: Recommendation): string {
    return recommendation.responsibleName ?? recommendation.responsibleRole ?? "";
  }
}

@Resolver(() => Review)
export class RecommendationsOfReviewResolver {
  @Extensions({ listSize: MAX_RECOMMENDATIONS })
  @FieldResolver(() => [Recommendation], { description: "The review's recommendations in order; for the young person and their social worker, once issued." })
  async recommendations(@Root() review: Review, @Ctx() context: Context): Promise<Recommendation[]> {
    await requireFieldAccess(context, "read", "recommendation", review.youngPersonId);
    return context.loaders.recommendationsByReviewId.load(review.id);
  }

  @FieldResolver(() => DateTimeISOResolver, { nullable: true, description: "When its recommendations were issued; null until they are." })
  async recommendationsIssuedAt(@Root() review: Review, @Ctx() context: Context): Promise<Date | null> {
    await requireFieldAccess(context, "read", "recommendation", review.youngPersonId);
    return (await context.loaders.recommendationsIssueByReviewId.load(review.id))?.issuedAt ?? null;
  }

  @FieldResolver(() => WorkDeadline, { description: "Issuing the recommendations, within 5 working days of the review." })
  async recommendationsDeadline(@Root() review: Review, @Ctx() context: Context): Promise<WorkDeadline> {
    const issuedAt = await this.recommendationsIssuedAt(review, context);
    return workDeadline("recommendations", review.scheduledFor, issuedAt);
  }

  @Extensions({ listSize: MAX_RECOMMENDATIONS })
  @FieldResolver(() => [Recommendation], {
    description: "The recommendations of the young person's review held last before this one, with their status: for the pre-review pack.",
  })
  async recommendationsFromLastReview(@Root() review: Review, @Ctx() context: Context): Promise<Recommendation[]> {
    await requireFieldAccess(context, "read", "recommendation", review.youngPersonId);
    return context.loaders.lastReviewRecommendationsByReviewId.load(review.id);
  }
}
