import { DateTimeISOResolver } from "graphql-scalars";
import { Arg, Authorized, Ctx, Extensions, Field, FieldResolver, ID, Mutation, ObjectType, Resolver, Root } from "type-graphql";
import { may, requireFieldAccess } from "../people/young-person-access";
import type { Context } from "../kernel/context";
import { Person } from "../people/person.entity";
import { Review } from "../reviews/review.entity";
import { ChoiceAnswer } from "./choice-answer.entity";
import { ChoiceTopic } from "./choice-options";
import { AnswerChoiceInput, LockReviewChoicesInput, SaveReviewChoicesInput } from "./choices.inputs";
import { answer, readPrivateChoices, saveDraft, send, setLocked } from "./choices.service";
import { ReviewChoiceSet } from "./review-choice-set.entity";

@ObjectType({ description: "A young person's choices about one review, and their IRO's answers." })
class ReviewChoices {
  review: Review;

  @Field(() => ReviewChoiceSet, { nullable: true, description: "What the young person is working on. Only they see it." })
  draft: ReviewChoiceSet | null;

  @Field(() => ReviewChoiceSet, { nullable: true, description: "What the young person last sent to their IRO." })
  sent: ReviewChoiceSet | null;

  @Field({ description: "Whether the draft holds changes the IRO has not been sent." })
  hasUnsentChanges: boolean;

  @Field(() => DateTimeISOResolver, { nullable: true, description: "When the IRO stopped the choices changing, while they arrange the review." })
  lockedAt: Date | null;
}

@Resolver(() => Review)
export class ReviewChoicesResolver {
  @FieldResolver(() => ReviewChoices, { description: "The young person's choices about this review." })
  async choices(@Root() review: Review, @Ctx() context: Context): Promise<ReviewChoices> {
    await requireFieldAccess(context, "read", "choices", review.youngPersonId);
    // Where the caller may read the private choices, they are read now with the rest, so that the people they name
    // come with those invited rather than in a round trip of their own.
    const [{ draft, sent }] = await Promise.all([
      context.loaders.choiceSetsByReviewId.load(review.id),
      may(context, "read", "private-choices", review.youngPersonId).then((mayRead) => (mayRead ? context.loaders.privateChoicesByReviewId.load(review.id) : null)),
    ]);
    const ownDraft = context.viewer?.account.personId === review.youngPersonId ? draft : null;
    return Object.assign(new ReviewChoices(), {
      review,
      draft: ownDraft,
      sent,
      hasUnsentChanges: Boolean(ownDraft && (!sent || ownDraft.updatedAt > sent.updatedAt)),
      lockedAt: review.choicesLockedAt,
    });
  }

  @Authorized()
  @Mutation(() => Review, { description: "Saves answers from one question page to the young person's draft." })
  saveReviewChoices(@Arg("input", () => SaveReviewChoicesInput) input: SaveReviewChoicesInput, @Ctx() context: Context): Promise<Review> {
    return saveDraft(context, input);
  }

  @Authorized()
  @Mutation(() => Review, { description: "Sends the young person's draft choices to their IRO." })
  sendReviewChoices(@Arg("reviewId", () => ID) reviewId: string, @Ctx() context: Context): Promise<Review> {
    return send(context, reviewId);
  }

  @Authorized()
  @Mutation(() => Review, { description: "The IRO accepts one of the young person's choices, or answers it with a reason." })
  answerChoice(@Arg("input", () => AnswerChoiceInput) input: AnswerChoiceInput, @Ctx() context: Context): Promise<Review> {
    return answer(context, input);
  }

  @Authorized()
  @Mutation(() => Review, { description: "The IRO stops the young person's choices changing while they arrange the review, or lets them change again." })
  lockReviewChoices(@Arg("input", () => LockReviewChoicesInput) input: LockReviewChoicesInput, @Ctx() context: Context): Promise<Review> {
    return setLocked(context, input);
  }
}

@Resolver(() => ReviewChoices)
export class ReviewChoicesFieldsResolver {
  @FieldResolver(() => [ChoiceAnswer], { description: "The IRO's answers, one per topic at most." })
  @Extensions({ listSize: Object.keys(ChoiceTopic).length })
  async answers(@Root() choices: ReviewChoices, @Ctx() context: Context): Promise<ChoiceAnswer[]> {
    await requireFieldAccess(context, "read", "choice-answer", choices.review.youngPersonId);
    return context.loaders.choiceAnswersByReviewId.load(choices.review.id);
  }
}

@Resolver(() => ReviewChoiceSet)
export class ChoiceSetResolver {
  @FieldResolver(() => [Person], { nullable: true, description: "People from the network the young person would like there." })
  invitedPeople(@Root() set: ReviewChoiceSet, @Ctx() context: Context): Promise<Person[] | null> {
    return peopleIn(context, set.invitedPersonIds);
  }

  @FieldResolver(() => [Person], { nullable: true, description: "People the young person does not want there. Only they and their IRO see this: null for anyone else." })
  async notWantedPeople(@Root() set: ReviewChoiceSet, @Ctx() context: Context): Promise<Person[] | null> {
    return peopleIn(context, (await readPrivateChoices(context, set))?.notWantedPersonIds ?? null);
  }

  @FieldResolver(() => String, { nullable: true, description: "Anyone else the young person does not want there. Only they and their IRO see this: null for anyone else." })
  async notWantedOthers(@Root() set: ReviewChoiceSet, @Ctx() context: Context): Promise<string | null> {
    return (await readPrivateChoices(context, set))?.notWantedOthers ?? null;
  }
}

async function peopleIn(context: Context, ids: string[] | null): Promise<Person[] | null> {
  if (!ids) return null;
  const people = await context.loaders.personById.loadMany(ids);
  return people.filter((person): person is Person => person instanceof Person);
}
