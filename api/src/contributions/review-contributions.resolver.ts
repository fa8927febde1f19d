import { Max, Min } from "class-validator";
import { Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Resolver, Root } from "type-graphql";
import { requireFieldAccess } from "../people/young-person-access";
import type { Context } from "../kernel/context";
import { badUserInput } from "../kernel/errors";
import { Review } from "../reviews/review.entity";
import { ContributionLink } from "./contribution-link.entity";
import { Contribution } from "./contribution.entity";

const MOST_CONTRIBUTIONS = 20;

/**
 * A plain list with its own `first`, rather than a page of `items`: the query cost limit prices a list by its own
 * `first`, and a page's items always at twenty, which with every answer of every contribution is more than it allows.
 */
@ArgsType()
class ContributionListArgs {
  @Field(() => Int, { defaultValue: MOST_CONTRIBUTIONS, description: `How many to return, at most ${MOST_CONTRIBUTIONS}.` })
  @Min(1, { message: "Ask for at least one." })
  @Max(MOST_CONTRIBUTIONS, { message: `Ask for at most ${MOST_CONTRIBUTIONS} at a time.` })
  first: number;

  @Field(() => ID, { nullable: true, description: "The id of the last contribution already given, for those after it." })
  after?: string | null;
}

/** What the people invited to a review have sent, and the links made for them: for the young person's IRO. */
@Resolver(() => Review)
export class ReviewContributionsResolver {
  @FieldResolver(() => [Contribution], { description: "The contributions sent through single-use links, oldest first." })
  async contributions(@Root() review: Review, @Args(() => ContributionListArgs) { first, after }: ContributionListArgs, @Ctx() context: Context): Promise<Contribution[]> {
    await requireFieldAccess(context, "read", "contribution", review.youngPersonId);
    // A review has a handful: the loader fetches them all for every review asked about, and each list is cut here.
    const all = await context.loaders.contributionsByReviewId.load(review.id);
    const start = after ? all.findIndex((contribution) => contribution.id === after) + 1 : 0;
    if (start === 0 && after) throw badUserInput([{ field: "after", code: "INVALID_FORMAT", message: "That is not one of this review's contributions." }]);
    return all.slice(start, start + first);
  }

  @FieldResolver(() => [ContributionLink], { description: "Every single-use link made for this review, newest first. Tokens are never shown again." })
  async contributionLinks(@Root() review: Review, @Ctx() context: Context): Promise<ContributionLink[]> {
    await requireFieldAccess(context, "read", "contribution", review.youngPersonId);
    return context.loaders.contributionLinksByReviewId.load(review.id);
  }
}
