import { DateTimeISOResolver, LocalDateResolver } from "graphql-scalars";
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../kernel/context";
import { requireFieldAccess } from "../people/young-person-access";
import { YoungPerson } from "../people/young-person.entity";
import { Review } from "../reviews/review.entity";
import { ViewsVersion } from "../views/views-version.entity";
import type { PackHeaderKey } from "./pack.loaders";
import { markPackRead, packYoungPerson, readPack, type Pack } from "./pack.service";

/**
 * Everything that came in before one review, for the IRO who chairs it. The parts hang off `review` and
 * `youngPerson`, so each new kind of contribution joins the pack by being added there, and nothing here changes.
 */
@ObjectType({ description: "Everything that came in before one review, in one place, for the IRO." })
class PreReviewPack implements Pack {
  @Field(() => Review)
  review: Review;

  @Field(() => DateTimeISOResolver, { description: "When this pack was put together: pass it to markPackRead once the caller has read it." })
  shownAt: Date;
}

/** The pack's header is the reader's own: how far they read it. The pack itself was allowed (readPack). */
const headerKey = (pack: PreReviewPack, context: Context): PackHeaderKey => ({
  reviewId: pack.review.id,
  youngPersonId: pack.review.youngPersonId,
  readerAccountId: context.viewer!.account.id,
});

@Resolver(() => PreReviewPack)
export class PackResolver {
  @Authorized()
  @Query(() => PreReviewPack, { description: "A review's pack. Reading it marks nothing read: the reader says so with markPackRead." })
  async preReviewPack(@Arg("reviewId", () => ID) reviewId: string, @Ctx() context: Context): Promise<PreReviewPack> {
    return Object.assign(new PreReviewPack(), await readPack(context, reviewId));
  }

  @Authorized()
  @Mutation(() => DateTimeISOResolver, {
    description:
      "Records that the caller has read everything in a review's pack that came in up to `upTo` (the pack's shownAt, never later than now), so that only what came in after is marked new. Gives how far it recorded.",
  })
  markPackRead(
    @Arg("reviewId", () => ID) reviewId: string,
    @Arg("upTo", () => DateTimeISOResolver) upTo: Date,
    @Ctx() context: Context,
  ): Promise<Date> {
    return markPackRead(context, { reviewId, upTo });
  }

  @FieldResolver(() => YoungPerson)
  youngPerson(@Root() pack: PreReviewPack, @Ctx() context: Context): Promise<YoungPerson> {
    return packYoungPerson(context, pack);
  }

  @FieldResolver(() => String, { description: "The young person's full name, as on their record, for the printed pack's header." })
  async fullName(@Root() pack: PreReviewPack, @Ctx() context: Context): Promise<string> {
    const { person } = await packYoungPerson(context, pack);
    return `${person.firstName} ${person.lastName}`;
  }

  @FieldResolver(() => LocalDateResolver, { description: "The young person's date of birth, for the printed pack's header." })
  async dateOfBirth(@Root() pack: PreReviewPack, @Ctx() context: Context): Promise<string> {
    return (await packYoungPerson(context, pack)).dateOfBirth;
  }

  @FieldResolver(() => String, { nullable: true, description: "The full name of the young person's IRO now; null if none is allocated." })
  async iroName(@Root() pack: PreReviewPack, @Ctx() context: Context): Promise<string | null> {
    return (await context.loaders.packHeader.load(headerKey(pack, context))).iroName;
  }

  @FieldResolver(() => DateTimeISOResolver, {
    nullable: true,
    description: "How far the caller last said they had read this pack (markPackRead); null if never. Anything that came in later is new to them.",
  })
  async readUpTo(@Root() pack: PreReviewPack, @Ctx() context: Context): Promise<Date | null> {
    return (await context.loaders.packHeader.load(headerKey(pack, context))).readUpTo;
  }

  @FieldResolver(() => ViewsVersion, {
    nullable: true,
    description: "The version of the young person's views just before the newest the caller may read, to show what changed; null if there is none.",
  })
  async viewsBefore(@Root() pack: PreReviewPack, @Ctx() context: Context): Promise<ViewsVersion | null> {
    await requireFieldAccess(context, "read", "views", pack.review.youngPersonId);
    // Newest first, and only those the caller may read: the second is the one before the newest they see.
    const [, before] = await context.loaders.viewsVersionsByReviewId.load(pack.review.id);
    return before ?? null;
  }
}
