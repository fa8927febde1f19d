import { PARTICIPATION_HISTORY_LENGTH } from "./review-record.loaders";
import { DateTimeISOResolver } from "graphql-scalars";
import { Arg, Args, Authorized, Ctx, Extensions, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../kernel/context";
import { PageArgs } from "../kernel/pagination";
import { may, requireFieldAccess } from "../people/young-person-access";
import { YoungPerson } from "../people/young-person.entity";
import { Review } from "../reviews/review.entity";
import { ParticipationCode } from "./conduct-options";
import { ReviewConduct } from "./review-conduct.entity";
import { ReviewRecordDraft } from "./review-record-draft.entity";
import { ReviewRecordVersion } from "./review-record-version.entity";
import { CompleteReviewRecordInput, RecordReviewConductInput, SaveReviewRecordDraftInput } from "./review-record.inputs";
import { completeRecord, markRecordOpened, readHeldReview, recordConduct, reviewsWithRecords, saveRecordDraft, wasUnderFour } from "./review-record.service";
import { WorkDeadline, workDeadline } from "./work-deadline";

@ObjectType({ description: "The record of a held review, written to the young person: the IRO's draft, and each version shared." })
class ReviewRecord {
  review: Review;
}

@ObjectType({ description: "A page of held reviews, newest first." })
class HeldReviewPage {
  @Field(() => [Review])
  items: Review[];

  @Field(() => String, { nullable: true, description: "Pass as `after` for the next page; null on the last page." })
  nextCursor: string | null;
}

/** Three years of reviews every six months: what a pack looks back on. */

@ObjectType({ description: "How the young person took part in one review." })
class ReviewParticipation {
  @Field(() => ID)
  reviewId: string;

  @Field(() => DateTimeISOResolver, { description: "When the review started." })
  scheduledFor: Date;

  @Field(() => ParticipationCode)
  code: ParticipationCode;
}

@ObjectType({ description: "What the IRO still owes on a young person's last held review, and the young person's questions not yet answered." })
class RecordWork {
  @Field(() => ID, { nullable: true, description: "The last review held; null if none has been." })
  reviewId: string | null;

  @Field(() => DateTimeISOResolver, { nullable: true })
  scheduledFor: Date | null;

  @Field(() => WorkDeadline, { nullable: true, description: "Issuing its recommendations, within 5 working days." })
  recommendations: WorkDeadline | null;

  @Field(() => WorkDeadline, { nullable: true, description: "Completing its record, within 15 working days." })
  record: WorkDeadline | null;

  @Field(() => Int, { description: "Questions about any of the young person's records, not yet answered." })
  openQuestions: number;

  @Field(() => ID, { nullable: true, description: "The review of the oldest question not yet answered." })
  questionReviewId: string | null;
}

@Resolver()
export class ReviewRecordResolver {
  @Authorized()
  @Query(() => Review, { description: "A held review, for recording what happened at it or reading its record." })
  heldReview(@Arg("reviewId", () => ID) reviewId: string, @Ctx() context: Context): Promise<Review> {
    return readHeldReview(context, reviewId);
  }

  @Authorized()
  @Query(() => HeldReviewPage, { description: "A young person's held reviews that have a completed record, newest first." })
  async reviewRecords(
    @Arg("youngPersonId", () => ID) youngPersonId: string,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: Context,
  ): Promise<HeldReviewPage> {
    return Object.assign(new HeldReviewPage(), await reviewsWithRecords(context, youngPersonId, page));
  }

  @Authorized()
  @Mutation(() => ReviewConduct, { description: "Records, or records again, who chaired a held review, how it met and how the young person took part." })
  recordReviewConduct(@Arg("input", () => RecordReviewConductInput) input: RecordReviewConductInput, @Ctx() context: Context): Promise<ReviewConduct> {
    return recordConduct(context, input);
  }

  @Authorized()
  @Mutation(() => ReviewRecordDraft, { description: "Saves the IRO's draft of a held review's record." })
  saveReviewRecordDraft(@Arg("input", () => SaveReviewRecordDraftInput) input: SaveReviewRecordDraftInput, @Ctx() context: Context): Promise<ReviewRecordDraft> {
    return saveRecordDraft(context, input);
  }

  @Authorized()
  @Mutation(() => ReviewRecordVersion, {
    description: "Shares the draft with the young person as the next version of the record: the first completes it, each after is a correction with its reason.",
  })
  completeReviewRecord(@Arg("input", () => CompleteReviewRecordInput) input: CompleteReviewRecordInput, @Ctx() context: Context): Promise<ReviewRecordVersion> {
    return completeRecord(context, input);
  }

  @Authorized()
  @Mutation(() => DateTimeISOResolver, {
    nullable: true,
    description: "The young person says they have opened their record; gives when they first did, or null while there is no record to open.",
  })
  markReviewRecordOpened(@Arg("reviewId", () => ID) reviewId: string, @Ctx() context: Context): Promise<Date | null> {
    return markRecordOpened(context, reviewId);
  }
}

@Resolver(() => Review)
export class ReviewRecordFieldsOfReviewResolver {
  @FieldResolver(() => ReviewConduct, { nullable: true, description: "How the review went, once recorded. For the staff who read its record." })
  async conduct(@Root() review: Review, @Ctx() context: Context): Promise<ReviewConduct | null> {
    await requireFieldAccess(context, "read", "review-record", review.youngPersonId);
    return context.loaders.reviewConductByReviewId.load(review.id);
  }

  @FieldResolver(() => ID, { description: "The young person the review was about." })
  youngPersonId(@Root() review: Review): string {
    return review.youngPersonId;
  }

  @FieldResolver(() => Boolean, { description: "Whether the young person was under 4 on the day of the review, so that their participation code is PN0." })
  async youngPersonWasUnderFour(@Root() review: Review, @Ctx() context: Context): Promise<boolean> {
    await requireFieldAccess(context, "read", "review-record", review.youngPersonId);
    const youngPerson = await context.loaders.youngPersonById.load(review.youngPersonId);
    return youngPerson ? wasUnderFour(youngPerson.dateOfBirth, review) : false;
  }

  @FieldResolver(() => ReviewRecord, { description: "The review's record, as far as the caller may read it." })
  async record(@Root() review: Review, @Ctx() context: Context): Promise<ReviewRecord> {
    await requireFieldAccess(context, "read", "review-record", review.youngPersonId);
    return Object.assign(new ReviewRecord(), { review });
  }
}

@Resolver(() => ReviewRecord)
export class ReviewRecordFieldsResolver {
  @FieldResolver(() => ReviewRecordDraft, { nullable: true, description: "What the IRO is writing. Only those who write the record see it." })
  async draft(@Root() { review }: ReviewRecord, @Ctx() context: Context): Promise<ReviewRecordDraft | null> {
    return (await may(context, "update", "review-record", review.youngPersonId)) ? context.loaders.recordDraftByReviewId.load(review.id) : null;
  }

  @FieldResolver(() => [ReviewRecordVersion], { description: "Every version shared, newest first; none until the record is completed." })
  versions(@Root() { review }: ReviewRecord, @Ctx() context: Context): Promise<ReviewRecordVersion[]> {
    return context.loaders.recordVersionsByReviewId.load(review.id);
  }

  @FieldResolver(() => ReviewRecordVersion, { nullable: true, description: "The version the young person reads now; null until completed." })
  async latest(@Root() { review }: ReviewRecord, @Ctx() context: Context): Promise<ReviewRecordVersion | null> {
    return (await context.loaders.recordVersionsByReviewId.load(review.id))[0] ?? null;
  }

  @FieldResolver(() => DateTimeISOResolver, { nullable: true, description: "When the young person first opened the record; null if they have not." })
  async firstOpenedAt(@Root() { review }: ReviewRecord, @Ctx() context: Context): Promise<Date | null> {
    return (await context.loaders.recordOpeningByReviewId.load(review.id))?.firstOpenedAt ?? null;
  }

  @FieldResolver(() => WorkDeadline, { description: "Completing the record, within 15 working days of the review." })
  async deadline(@Root() { review }: ReviewRecord, @Ctx() context: Context): Promise<WorkDeadline> {
    const versions = await context.loaders.recordVersionsByReviewId.load(review.id);
    return workDeadline("record", review.scheduledFor, versions.at(-1)?.completedAt ?? null);
  }
}

@Resolver(() => YoungPerson)
export class ReviewRecordFieldsOfYoungPersonResolver {
  @Extensions({ listSize: PARTICIPATION_HISTORY_LENGTH })
  @FieldResolver(() => [ReviewParticipation], {
    description: `How the young person took part in the last ${PARTICIPATION_HISTORY_LENGTH} reviews recorded, newest first.`,
  })
  async participationHistory(@Root() youngPerson: YoungPerson, @Ctx() context: Context): Promise<ReviewParticipation[]> {
    await requireFieldAccess(context, "read", "review-record", youngPerson.id);
    const rows = await context.loaders.participationByYoungPersonId.load(youngPerson.id);
    return rows.map((row) => Object.assign(new ReviewParticipation(), row));
  }

  @FieldResolver(() => RecordWork, {
    nullable: true,
    description: "For the caseload: what is still owed on the last held review, and questions to answer. Null for those who may not read records.",
  })
  async recordWork(@Root() youngPerson: YoungPerson, @Ctx() context: Context): Promise<RecordWork | null> {
    // The caseload is every staff role's list; only some of them read records, and the list must not fail for the others.
    if (!(await may(context, "read", "review-record", youngPerson.id))) return null;
    await requireFieldAccess(context, "read", "review-record", youngPerson.id);
    const row = await context.loaders.recordWorkByYoungPersonId.load(youngPerson.id);
    if (!row.scheduledFor && row.openQuestions === 0) return null;
    return Object.assign(new RecordWork(), {
      reviewId: row.reviewId,
      scheduledFor: row.scheduledFor,
      recommendations: row.scheduledFor ? workDeadline("recommendations", row.scheduledFor, row.issuedAt) : null,
      record: row.scheduledFor ? workDeadline("record", row.scheduledFor, row.completedAt) : null,
      openQuestions: row.openQuestions,
      questionReviewId: row.questionReviewId,
    });
  }
}
