import { Arg, Authorized, Ctx, FieldResolver, Mutation, ObjectType, Resolver, Root } from "type-graphql";
import { may, requireFieldAccess } from "../people/young-person-access";
import type { Context } from "../kernel/context";
import { YoungPerson } from "../people/young-person.entity";
import { Review } from "../reviews/review.entity";
import { suggestsShorterViews } from "./shorter-views";
import { ViewsDraft } from "./views-draft.entity";
import { ViewsVersion } from "./views-version.entity";
import { SaveViewsDraftInput, SubmitViewsInput } from "./views.inputs";
import { hasAnswers, isSameViews, saveDraft, submit } from "./views.service";

@ObjectType({ description: "The young person's views for one review: their draft, and each version they submitted." })
class ReviewViews {
  review: Review;
}

/** Only the young person writes their views, so only they have a draft to read. */
const isAuthor = (context: Context, review: Review) => may(context, "update", "views", review.youngPersonId);

@Resolver(() => Review)
export class ReviewViewsResolver {
  @FieldResolver(() => ReviewViews, { description: "The young person's views for this review, as far as the caller may read them." })
  async views(@Root() review: Review, @Ctx() context: Context): Promise<ReviewViews> {
    await requireFieldAccess(context, "read", "views", review.youngPersonId);
    return Object.assign(new ReviewViews(), { review });
  }

  @Authorized()
  @Mutation(() => ViewsDraft, { description: "Saves the young person's answers from one page, or as they type, to their draft." })
  saveViewsDraft(@Arg("input", () => SaveViewsDraftInput) input: SaveViewsDraftInput, @Ctx() context: Context): Promise<ViewsDraft> {
    return saveDraft(context, input);
  }

  @Authorized()
  @Mutation(() => ViewsVersion, {
    description: "Submits the young person's draft as the next version of their views. The same submission key again answers with the same version.",
  })
  submitViews(@Arg("input", () => SubmitViewsInput) input: SubmitViewsInput, @Ctx() context: Context): Promise<ViewsVersion> {
    return submit(context, input);
  }
}

@Resolver(() => ReviewViews)
export class ReviewViewsFieldsResolver {
  @FieldResolver(() => ViewsDraft, { nullable: true, description: "What the young person is writing. Only they see it; null for everyone else." })
  async draft(@Root() { review }: ReviewViews, @Ctx() context: Context): Promise<ViewsDraft | null> {
    return (await isAuthor(context, review)) ? context.loaders.viewsDraftByReviewId.load(review.id) : null;
  }

  @FieldResolver(() => ViewsVersion, { nullable: true, description: "The newest version the caller may read, as the young person wrote it." })
  latest(@Root() { review }: ReviewViews, @Ctx() context: Context): Promise<ViewsVersion | null> {
    return context.loaders.latestViewsByReviewId.load(review.id);
  }

  @FieldResolver(() => [ViewsVersion], { description: "Every version the caller may read, newest first." })
  versions(@Root() { review }: ReviewViews, @Ctx() context: Context): Promise<ViewsVersion[]> {
    return context.loaders.viewsVersionsByReviewId.load(review.id);
  }

  @FieldResolver(() => Boolean, { description: "Whether the draft holds changes not yet submitted. Always false for anyone but the young person." })
  async hasUnsubmittedChanges(@Root() { review }: ReviewViews, @Ctx() context: Context): Promise<boolean> {
    const draft = await this.draft({ review }, context);
    if (!draft) return false;
    const latest = await context.loaders.latestViewsByReviewId.load(review.id);
    return latest ? !isSameViews(draft, latest) : hasAnswers(draft);
  }
}

@Resolver(() => YoungPerson)
export class YoungPersonViewsResolver {
  @FieldResolver(() => Boolean, { description: "Whether to start the young person on the shorter questions about their views: true under 11. They may switch." })
  async suggestsShorterViews(@Root() youngPerson: YoungPerson, @Ctx() context: Context): Promise<boolean> {
    await requireFieldAccess(context, "read", "young-person", youngPerson.id);
    return suggestsShorterViews(youngPerson.dateOfBirth);
  }
}
