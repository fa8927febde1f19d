import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../kernel/context";
import { PageArgs } from "../kernel/pagination";
import { requireFieldAccess } from "../people/young-person-access";
import { Review } from "../reviews/review.entity";
import { feedbackAnswers } from "./feedback-answers";
import { feedbackFigures, figureIros, figureRatings, figureReturns, sharedComments } from "./feedback-figures.service";
import { myFeedbackForm, notNowToFeedback, openFeedbackForm, saveFeedbackDraft, saveMyFeedbackDraft, submitFeedback, submitMyFeedback } from "./feedback.service";
import {
  FeedbackDraftInput,
  FeedbackFigures,
  FeedbackFiguresInput,
  FeedbackFormResult,
  FeedbackRatingCount,
  FeedbackReturns,
  IroFeedbackReturns,
  MyFeedbackDraftInput,
  MyFeedbackForm,
  SaveFeedbackDraftResult,
  SentFeedback,
  SharedFeedbackCommentPage,
  SubmitFeedbackInput,
  SubmitFeedbackResult,
  SubmitMyFeedbackInput,
} from "./feedback.types";

/**
 * Feedback after a review. A link holder's operations are public: the token is their only key, and a token that opens
 * nothing is answered as a closed link (UNKNOWN), never as an error. The young person answers their own in the portal.
 */
@Resolver()
export class FeedbackResolver {
  @Query(() => FeedbackFormResult, { description: "The feedback form a single-use link opens, with its draft; or why the link cannot be used." })
  feedbackForm(@Arg("token", { description: "The link's token." }) token: string, @Ctx() context: Context): Promise<typeof FeedbackFormResult> {
    return openFeedbackForm(context, token);
  }

  @Mutation(() => SaveFeedbackDraftResult, { description: "Keeps the draft of a link's feedback form as its holder writes it." })
  saveFeedbackDraft(@Arg("input", () => FeedbackDraftInput) input: FeedbackDraftInput, @Ctx() context: Context): Promise<typeof SaveFeedbackDraftResult> {
    return saveFeedbackDraft(context, input);
  }

  @Mutation(() => SubmitFeedbackResult, { description: "Sends a link's feedback and spends the link. The same submission key again gives the same answer and keeps nothing more." })
  submitFeedback(@Arg("input", () => SubmitFeedbackInput) input: SubmitFeedbackInput, @Ctx() context: Context): Promise<typeof SubmitFeedbackResult> {
    return submitFeedback(context, input);
  }

  @Authorized()
  @Query(() => MyFeedbackForm, { nullable: true, description: "The young person's own feedback form on their last review, while it is open to them; null for anyone else." })
  myFeedback(@Ctx() context: Context): Promise<MyFeedbackForm | null> {
    return myFeedbackForm(context);
  }

  @Authorized()
  @Mutation(() => SaveFeedbackDraftResult, { description: "Keeps the young person's feedback draft." })
  saveMyFeedbackDraft(@Arg("input", () => MyFeedbackDraftInput) input: MyFeedbackDraftInput, @Ctx() context: Context): Promise<typeof SaveFeedbackDraftResult> {
    return saveMyFeedbackDraft(context, input);
  }

  @Authorized()
  @Mutation(() => SubmitFeedbackResult, { description: "Sends the young person's feedback, once. The same submission key again gives the same answer." })
  submitMyFeedback(@Arg("input", () => SubmitMyFeedbackInput) input: SubmitMyFeedbackInput, @Ctx() context: Context): Promise<typeof SubmitFeedbackResult> {
    return submitMyFeedback(context, input);
  }

  @Authorized()
  @Mutation(() => MyFeedbackForm, { nullable: true, description: "The young person says \"not now\"; after twice their home page stops asking." })
  notNowToFeedback(@Ctx() context: Context): Promise<MyFeedbackForm | null> {
    return notNowToFeedback(context);
  }

  @Authorized()
  @Query(() => FeedbackFigures, { description: "For a manager: what feedback says about the reviews held in a date range, for the service or one IRO." })
  feedbackFigures(@Arg("input", () => FeedbackFiguresInput) input: FeedbackFiguresInput, @Ctx() context: Context): FeedbackFigures {
    return feedbackFigures(context, input);
  }
}

@Resolver(() => FeedbackFigures)
export class FeedbackFiguresResolver {
  @FieldResolver(() => [FeedbackReturns], { description: "Every kind of respondent, in order, with zeros." })
  returns(@Root() figures: FeedbackFigures, @Ctx() context: Context): Promise<FeedbackReturns[]> {
    return figureReturns(context, figures.asked);
  }

  @FieldResolver(() => [FeedbackRatingCount], { description: "Every question and rating, in order, with zeros." })
  ratings(@Root() figures: FeedbackFigures, @Ctx() context: Context): Promise<FeedbackRatingCount[]> {
    return figureRatings(context, figures.asked);
  }

  @FieldResolver(() => SharedFeedbackCommentPage, { description: "The comments whose writers agreed to share them, a page at a time; never any other." })
  sharedComments(@Root() figures: FeedbackFigures, @Args(() => PageArgs) page: PageArgs, @Ctx() context: Context): Promise<SharedFeedbackCommentPage> {
    return sharedComments(context, figures.asked, page);
  }

  @FieldResolver(() => [IroFeedbackReturns], { description: "Each IRO with forms sent in the range, for the whole service, by name." })
  iros(@Root() figures: FeedbackFigures, @Ctx() context: Context): Promise<IroFeedbackReturns[]> {
    return figureIros(context, figures.asked);
  }
}

@Resolver(() => Review)
export class ReviewFeedbackResolver {
  @FieldResolver(() => [SentFeedback], { description: "The feedback sent on this review, oldest first: for its IRO." })
  async feedback(@Root() review: Review, @Ctx() context: Context): Promise<SentFeedback[]> {
    await requireFieldAccess(context, "read", "feedback", review.youngPersonId);
    const rows = await context.loaders.sentFeedbackByReviewId.load(review.id);
    return rows.map((row) =>
      Object.assign(new SentFeedback(), { id: row.id, attendeeId: row.attendeeId, respondent: row.attendee!.respondent, submittedAt: row.submittedAt, answers: feedbackAnswers({ ...row }) }),
    );
  }
}
