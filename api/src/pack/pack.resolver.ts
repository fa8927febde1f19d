import { DateTimeISOResolver } from "graphql-scalars";
import { Arg, Authorized, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import type { Context } from "../kernel/context";
import { YoungPerson } from "../people/young-person.entity";
import { Review } from "../reviews/review.entity";
import { readPack, recordPackOpened } from "./pack.service";

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

  @Field(() => DateTimeISOResolver, {
    nullable: true,
    description: "When the caller last recorded opening this pack (recordPackOpened); null if never. Anything newer is new to them.",
  })
  previouslyOpenedAt: Date | null;
}

@Resolver()
export class PackResolver {
  @Authorized()
  @Query(() => PreReviewPack, { description: "A review's pack. Reading it records no opening: call recordPackOpened once it is shown." })
  async preReviewPack(@Arg("reviewId", () => ID) reviewId: string, @Ctx() context: Context): Promise<PreReviewPack> {
    return Object.assign(new PreReviewPack(), await readPack(context, reviewId));
  }

  @Authorized()
  @Mutation(() => DateTimeISOResolver, {
    description: "Records that the caller opened a review's pack now, so that next time it marks what came in since. Gives the time recorded.",
  })
  recordPackOpened(@Arg("reviewId", () => ID) reviewId: string, @Ctx() context: Context): Promise<Date> {
    return recordPackOpened(context, reviewId);
  }
}
