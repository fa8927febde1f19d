import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { ContributionLinkState } from "../contributions/contribution.types";
import type { Context } from "../kernel/context";
import { requireFieldAccess } from "../people/young-person-access";
import { Relationship } from "../people/relationship";
import { YoungPerson } from "../people/young-person.entity";
import { Review } from "../reviews/review.entity";
import { RecordReviewAttendeesInput } from "./attendance.inputs";
import { recordReviewAttendees, reviewAttendees } from "./attendance.service";
import { AttendeeFeedbackLink, RecordedAttendees } from "./attendance.types";
import { ReviewAttendee } from "./review-attendee.entity";

@Resolver(() => ReviewAttendee)
export class AttendanceResolver {
  @Authorized()
  @Mutation(() => RecordedAttendees, {
    description: "Records who came to a held review and, in the same action, makes a single-use feedback link for each person to be asked.",
  })
  async recordReviewAttendees(@Arg("input", () => RecordReviewAttendeesInput) input: RecordReviewAttendeesInput, @Ctx() context: Context): Promise<RecordedAttendees> {
    const { links, ...recorded } = await recordReviewAttendees(context, input);
    return Object.assign(new RecordedAttendees(), { ...recorded, links: links.map((link) => Object.assign(new AttendeeFeedbackLink(), link)) });
  }

  @Authorized()
  @Query(() => [ReviewAttendee], { description: "Who came to a review, in the order they were recorded." })
  reviewAttendees(@Arg("reviewId", () => ID) reviewId: string, @Ctx() context: Context): Promise<ReviewAttendee[]> {
    return reviewAttendees(context, reviewId);
  }

  @FieldResolver(() => String, { description: "Their first name, as in the young person's records; or the name the IRO wrote for anyone else." })
  async name(@Root() attendee: ReviewAttendee, @Ctx() { loaders }: Context): Promise<string> {
    if (attendee.personId === null) return attendee.name ?? "";
    const person = await loaders.personById.load(attendee.personId);
    if (!person) throw new Error("An attendee names a person the caller cannot see.");
    return person.firstName;
  }

  @FieldResolver(() => String, { nullable: true, description: "The role the IRO wrote for someone not in the network." })
  role(@Root() attendee: ReviewAttendee): string | null {
    return attendee.role;
  }

  @FieldResolver(() => Relationship, { nullable: true, description: "How someone from the network is related to the young person; null for the young person and for others." })
  async relationship(@Root() attendee: ReviewAttendee, @Ctx() { loaders }: Context): Promise<Relationship | null> {
    if (attendee.personId === null || attendee.personId === attendee.youngPersonId) return null;
    const network = await loaders.networkByYoungPersonId.load(attendee.youngPersonId);
    return network.find((link) => link.personId === attendee.personId)?.relationship ?? null;
  }

  @FieldResolver(() => ContributionLinkState, { nullable: true, description: "Where their feedback link is in its life; null when none was made." })
  async linkState(@Root() attendee: ReviewAttendee, @Ctx() { loaders }: Context): Promise<ContributionLinkState | null> {
    return attendee.linkId === null ? null : loaders.contributionLinkStateById.load(attendee.linkId);
  }
}

@Resolver(() => Review)
export class ReviewAttendanceResolver {
  @FieldResolver(() => [ReviewAttendee], { description: "Who came, as its IRO recorded once it was held." })
  async attendees(@Root() review: Review, @Ctx() context: Context): Promise<ReviewAttendee[]> {
    await requireFieldAccess(context, "read", "review-attendee", review.youngPersonId);
    return context.loaders.attendeesByReviewId.load(review.id);
  }
}

@Resolver(() => YoungPerson)
export class LastHeldReviewResolver {
  @FieldResolver(() => Review, { nullable: true, description: "The newest review recorded as held." })
  async lastHeldReview(@Root() youngPerson: YoungPerson, @Ctx() context: Context): Promise<Review | null> {
    await requireFieldAccess(context, "read", "review", youngPerson.id);
    return context.loaders.lastHeldReviewByYoungPersonId.load(youngPerson.id);
  }
}
