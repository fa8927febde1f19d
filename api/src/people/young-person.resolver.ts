import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { canReadYoungPerson } from "../access/young-person-access";
import type { Context } from "../graphql/context";
import { forbidden } from "../graphql/errors";
import { Review } from "../reviews/review.entity";
import { YoungPerson } from "./young-person.entity";

@Resolver(() => YoungPerson)
export class YoungPersonResolver {
  @FieldResolver(() => String)
  firstName(@Root() youngPerson: YoungPerson): string {
    return youngPerson.person.firstName;
  }

  @FieldResolver(() => Review, { nullable: true, description: "The next review from now on, if one is planned." })
  nextReview(@Root() youngPerson: YoungPerson, @Ctx() { viewer, loaders }: Context): Promise<Review | null> {
    // Checked again here so that a new path to a young person cannot open their reviews by accident.
    if (!canReadYoungPerson(viewer, youngPerson.id)) throw forbidden();
    return loaders.nextReviewByYoungPersonId.load(youngPerson.id);
  }
}
