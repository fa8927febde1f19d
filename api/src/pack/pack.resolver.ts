import { DateTimeISOResolver } from "graphql-scalars";
import { Arg, Authorized, Ctx, Field, ID, ObjectType, Query, Resolver } from "type-graphql";
import type { Context } from "../kernel/context";
import { YoungPerson } from "../people/young-person.entity";
import { requireReviewAccess } from "../reviews/review-access";
import { Review } from "../reviews/review.entity";
import { PackOpening } from "./pack-opening.entity";

/**
 * Everything that came in before one review, for the IRO who chairs it. The parts hang off `review` and
 * `youngPerson`, so each new kind of contribution joins the pack by being added there, and nothing here changes.
 */
@ObjectType({ description: "Everything that came in before one review, in one place, for the IRO." })
class PreReviewPack {
  @Field(() => Review)
  review: Review;

  @Field(() => YoungPerson)
  youngPerson: YoungPerson;

  @Field(() => DateTimeISOResolver, { nullable: true, description: "When the caller last opened this pack; null the first time. Anything newer is new to them." })
  previouslyOpenedAt: Date | null;
}

@Resolver()
export class PackResolver {
  @Authorized()
  @Query(() => PreReviewPack, { description: "Opens a review's pack, and remembers that the caller opened it now." })
  async preReviewPack(@Arg("reviewId", () => ID) reviewId: string, @Ctx() context: Context): Promise<PreReviewPack> {
    const review = await requireReviewAccess(context, "read", "pack", reviewId);
    const accountId = context.viewer!.account.id;
    const openings = context.db.getRepository(PackOpening);
    const previous = await openings.findOne({ where: { reviewId, accountId }, order: { openedAt: "DESC" } });
    await openings.insert({ reviewId, youngPersonId: review.youngPersonId, accountId });
    const youngPerson = await context.loaders.youngPersonById.load(review.youngPersonId);
    if (!youngPerson) throw new Error("A review's young person could not be read by someone allowed to read the review.");
    return Object.assign(new PreReviewPack(), { review, youngPerson, previouslyOpenedAt: previous?.openedAt ?? null });
  }
}
