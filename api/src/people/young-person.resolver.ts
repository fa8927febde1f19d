import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { requireFieldAccess } from "../access/young-person-access";
import type { Context } from "../graphql/context";
import { Review } from "../reviews/review.entity";
import { YoungPerson } from "./young-person.entity";

@Resolver(() => YoungPerson)
export class YoungPersonResolver {
  @FieldResolver(() => String)
  firstName(@Root() youngPerson: YoungPerson): string {
    return youngPerson.person.firstName;
  }

  @FieldResolver(() => Review, { nullable: true, description: "The next review from now on, if one is planned." })
  async nextReview(@Root() youngPerson: YoungPerson, @Ctx() context: Context): Promise<Review | null> {
    // Checked again here so that a new path to a young person cannot open their reviews by accident.
    await requireFieldAccess(context, "read", "review", youngPerson.id);
    return context.loaders.nextReviewByYoungPersonId.load(youngPerson.id);
  }
}
