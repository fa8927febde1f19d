import { randomUUID } from "node:crypto";
import { In, type EntityManager } from "typeorm";
import { ContributionPurpose } from "../contributions/contribution-purpose";
import { issueLink } from "../contributions/single-use-link";
import { FeedbackRespondent, respondentFor } from "../feedback/feedback-respondent";
import { feedbackClosesAt } from "../feedback/feedback-window";
import type { RequestScope } from "../kernel/context";
import { badUserInput, type FieldError } from "../kernel/errors";
import { NetworkLink } from "../people/network-link.entity";
import { Relationship } from "../people/relationship";
import { requireReviewAccess } from "../reviews/review-access";
import { ReviewStatus } from "../reviews/review-status";
import type { Review } from "../reviews/review.entity";
import type { AttendeeInput, RecordReviewAttendeesInput } from "./attendance.inputs";
import { ReviewAttendee } from "./review-attendee.entity";

/** Someone who came, checked: who they are, which form is theirs, and the relationship their link is made as. */
type Checked = { personId: string | null; name: string | null; role: string | null; respondent: FeedbackRespondent; relationship: Relationship; askForFeedback: boolean };

function checkAttendee(review: Review, attendee: AttendeeInput, at: string, network: Map<string, Relationship>, recorded: Set<string>): Checked | FieldError {
  const { personId, askForFeedback } = attendee;
  if (personId) {
    if (recorded.has(personId)) return { field: `${at}.personId`, code: "CONFLICTING", message: "This person is already recorded as having come." };
    recorded.add(personId);
    if (personId === review.youngPersonId) {
      return { personId, name: null, role: null, respondent: FeedbackRespondent.YOUNG_PERSON, relationship: Relationship.OTHER, askForFeedback };
    }
    const relationship = network.get(personId);
    if (!relationship) return { field: `${at}.personId`, code: "NOT_ON_THE_LIST", message: "Choose someone from the young person's network." };
    const respondent = attendee.respondent ?? respondentFor(relationship);
    if (respondent === FeedbackRespondent.YOUNG_PERSON) return { field: `${at}.respondent`, code: "NOT_ELIGIBLE", message: "Only the young person answers as the young person." };
    return { personId, name: null, role: null, respondent, relationship, askForFeedback };
  }
  const name = attendee.name?.trim();
  const role = attendee.role?.trim();
  if (!name) return { field: `${at}.name`, code: "REQUIRED", message: "Enter the name of the person who came." };
  if (!role) return { field: `${at}.role`, code: "REQUIRED", message: "Enter the role of the person who came." };
  const respondent = attendee.respondent ?? FeedbackRespondent.OTHER_PROFESSIONAL;
  if (respondent === FeedbackRespondent.YOUNG_PERSON) return { field: `${at}.respondent`, code: "NOT_ELIGIBLE", message: "Only the young person answers as the young person." };
  return { personId: null, name, role, respondent, relationship: Relationship.OTHER, askForFeedback };
}

/**
 * Records who came to a held review, in one action with a single-use feedback link for each person chosen to be asked
 * (the young person is asked in the portal instead). Recording again adds to those already recorded.
 */
export async function recordReviewAttendees(
  scope: RequestScope,
  input: RecordReviewAttendeesInput,
  now = new Date(),
): Promise<{ attendees: ReviewAttendee[]; links: { attendee: ReviewAttendee; token: string }[]; feedbackClosesAt: Date }> {
  const review = await requireReviewAccess(scope, "create", "review-attendee", input.reviewId);
  if (review.status !== ReviewStatus.HELD) {
    throw badUserInput([{ field: "reviewId", code: "NOT_HELD", message: "Record the review as held first, then who came." }]);
  }
  const closesAt = feedbackClosesAt(review);
  if (input.attendees.some((attendee) => attendee.askForFeedback) && closesAt.getTime() <= now.getTime()) {
    throw badUserInput([{ field: "reviewId", code: "IN_THE_PAST", message: "Feedback can be asked for only in the 28 days after a review." }]);
  }
  // Two recordings at once take turns, so nobody is recorded twice.
  await scope.db.query("SELECT id FROM review WHERE id = $1 FOR NO KEY UPDATE", [review.id]);
  const repository = scope.db.getRepository(ReviewAttendee);
  const [networkLinks, already] = await Promise.all([
    scope.db.getRepository(NetworkLink).findBy({ youngPersonId: review.youngPersonId }),
    repository.find({ where: { reviewId: review.id }, select: { personId: true } }),
  ]);
  const network = new Map(networkLinks.map((link) => [link.personId, link.relationship]));
  const recorded = new Set(already.flatMap((attendee) => (attendee.personId ? [attendee.personId] : [])));
  const checked = input.attendees.map((attendee, index) => checkAttendee(review, attendee, `attendees.${index}`, network, recorded));
  const problems = checked.filter((result): result is FieldError => "code" in result);
  if (problems.length > 0) throw badUserInput(problems);

  const viewer = scope.viewer!.account;
  const attendees: ReviewAttendee[] = [];
  const links: { attendee: ReviewAttendee; token: string }[] = [];
  for (const attendee of checked as Checked[]) {
    const linked =
      attendee.askForFeedback && attendee.respondent !== FeedbackRespondent.YOUNG_PERSON
        ? await issueLink(
            scope.db,
            { review, purpose: ContributionPurpose.FEEDBACK, personId: attendee.personId, relationship: attendee.relationship, expiresAt: closesAt, issuedBy: viewer, tokenKey: scope.tokenKey },
            now,
          )
        : null;
    const row = repository.create({
      id: randomUUID(),
      reviewId: review.id,
      youngPersonId: review.youngPersonId,
      localAuthorityId: viewer.localAuthorityId,
      iroPersonId: viewer.personId,
      personId: attendee.personId,
      name: attendee.name,
      role: attendee.role,
      respondent: attendee.respondent,
      feedbackAsked: attendee.askForFeedback,
      linkId: linked?.link.id ?? null,
      createdByAccountId: viewer.id,
      createdAt: now,
    });
    attendees.push(row);
    if (linked) links.push({ attendee: row, token: linked.token });
  }
  // Inserted without reading back: staff read attendees through review_attendee_read, which is not asked here.
  await repository.createQueryBuilder().insert().values(attendees).updateEntity(false).execute();
  return { attendees, links, feedbackClosesAt: closesAt };
}

/** Who came to a review, as recorded, for those who may read it: the IRO, their manager, the linked social worker. */
export async function reviewAttendees(scope: RequestScope, reviewId: string): Promise<ReviewAttendee[]> {
  const review = await requireReviewAccess(scope, "read", "review-attendee", reviewId);
  return scope.loaders.attendeesByReviewId.load(review.id);
}

/** Loads the attendees of many reviews at once, in the order they were recorded. */
export async function attendeesOfReviews(db: EntityManager, reviewIds: readonly string[]): Promise<ReviewAttendee[][]> {
  const rows = await db.getRepository(ReviewAttendee).find({ where: { reviewId: In([...reviewIds]) }, order: { createdAt: "ASC", id: "ASC" } });
  return reviewIds.map((id) => rows.filter((row) => row.reviewId === id));
}
