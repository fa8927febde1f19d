import type { EntityManager } from "typeorm";
import type { RequestScope } from "../kernel/context";
import { badUserInput, choicesLocked, type FieldError } from "../kernel/errors";
import { NetworkLink } from "../people/network-link.entity";
import { may } from "../people/young-person-access";
import { isStillToCome, requireReviewAccess } from "../reviews/review-access";
import { Review } from "../reviews/review.entity";
import { ChoiceAnswer } from "./choice-answer.entity";
import { ChoicesVersion, ChoiceTopic, MeetingPlace } from "./choice-options";
import type { AnswerChoiceInput, LockReviewChoicesInput, SaveReviewChoicesInput } from "./choices.inputs";
import { PrivateChoiceSet } from "./private-choice-set.entity";
import { ReviewChoiceSet } from "./review-choice-set.entity";

/** The columns that hold answers, as opposed to which review and version a row is. */
const SHARED_KEYS = [
  "place",
  "placeDetails",
  "meetingShape",
  "attendance",
  "preferredTimes",
  "timesThatDoNotWork",
  "invitedPersonIds",
  "othersInvited",
  "meetIroFirst",
  "chairing",
] as const satisfies readonly (keyof ReviewChoiceSet & keyof SaveReviewChoicesInput)[];
/** Who is not wanted: kept in a table of its own that only the young person and their IRO may read. */
const PRIVATE_KEYS = ["notWantedPersonIds", "notWantedOthers"] as const satisfies readonly (keyof PrivateChoiceSet & keyof SaveReviewChoicesInput)[];
const ANSWER_KEYS = [...SHARED_KEYS, ...PRIVATE_KEYS] as const;
type Answers = Pick<ReviewChoiceSet, (typeof SHARED_KEYS)[number]> & Pick<PrivateChoiceSet, (typeof PRIVATE_KEYS)[number]>;
type Draft = { shared: ReviewChoiceSet; private: PrivateChoiceSet };

/** Which answers each topic the IRO may answer is about. */
const TOPIC_ANSWERS: Record<ChoiceTopic, readonly (typeof SHARED_KEYS)[number][]> = {
  [ChoiceTopic.PLACE]: ["place"],
  [ChoiceTopic.FORMAT]: ["meetingShape", "attendance"],
  [ChoiceTopic.TIMES]: ["preferredTimes", "timesThatDoNotWork"],
  [ChoiceTopic.PEOPLE]: ["invitedPersonIds", "othersInvited"],
  [ChoiceTopic.MEET_IRO_FIRST]: ["meetIroFirst"],
  [ChoiceTopic.CHAIRING]: ["chairing"],
};

const isAnswered = (value: unknown) => value !== null && value !== undefined;
const hasAnswerAbout = (set: ReviewChoiceSet, topic: ChoiceTopic) => TOPIC_ANSWERS[topic].some((key) => isAnswered(set[key]));

/** Blank text is no answer; surrounding spaces are not part of one. */
function cleanText(value: string | null | undefined): string | null | undefined {
  if (value === undefined || value === null) return value;
  return value.trim() === "" ? null : value.trim();
}

function withoutRepeats(ids: string[] | null | undefined): string[] | null | undefined {
  return ids ? [...new Set(ids)] : ids;
}

/** The page's answers laid over what was saved before: left out keeps, null clears. */
function merge(saved: Answers, input: SaveReviewChoicesInput): Answers {
  const sent: Partial<Answers> = {
    ...input,
    placeDetails: cleanText(input.placeDetails),
    timesThatDoNotWork: cleanText(input.timesThatDoNotWork),
    othersInvited: cleanText(input.othersInvited),
    notWantedOthers: cleanText(input.notWantedOthers),
    invitedPersonIds: withoutRepeats(input.invitedPersonIds),
    notWantedPersonIds: withoutRepeats(input.notWantedPersonIds),
    preferredTimes: withoutRepeats(input.preferredTimes) as Answers["preferredTimes"] | undefined,
  };
  const merged = { ...saved };
  for (const key of ANSWER_KEYS) {
    if (sent[key] !== undefined) (merged as Record<string, unknown>)[key] = sent[key];
  }
  // Details of a place belong to the place chosen with them.
  if (input.place !== undefined && input.placeDetails === undefined) merged.placeDetails = null;
  return merged;
}

async function problemsWith(db: EntityManager, review: Review, answers: Answers): Promise<FieldError[]> {
  const problems: FieldError[] = [];
  if (answers.place === MeetingPlace.SOMEWHERE_ELSE && !answers.placeDetails) {
    problems.push({ field: "placeDetails", code: "REQUIRED", message: "Tell us where you would like to meet." });
  }
  const network = await db.getRepository(NetworkLink).findBy({ youngPersonId: review.youngPersonId });
  const invitable = new Set(network.filter((link) => link.mayBeInvited).map((link) => link.personId));
  const known = new Set(network.map((link) => link.personId));
  if ((answers.invitedPersonIds ?? []).some((id) => !invitable.has(id))) {
    problems.push({ field: "invitedPersonIds", code: "NOT_ON_THE_LIST", message: "Choose people from the list." });
  }
  if ((answers.notWantedPersonIds ?? []).some((id) => !known.has(id))) {
    problems.push({ field: "notWantedPersonIds", code: "NOT_ON_THE_LIST", message: "Choose people from the list." });
  }
  const notWanted = new Set(answers.notWantedPersonIds ?? []);
  if ((answers.invitedPersonIds ?? []).some((id) => notWanted.has(id))) {
    problems.push({ field: "notWantedPersonIds", code: "CONFLICTING", message: "Someone cannot be on both lists. Check who you want there and who you do not." });
  }
  return problems;
}

/**
 * Makes the young person's changes and the IRO's lock on one review take turns, until the request ends, and gives the
 * review as it is once it is this request's turn: a lock committed a moment ago is seen, not the review as first read.
 */
async function takeTurnOn(scope: RequestScope, reviewId: string): Promise<Review> {
  await scope.db.query("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", [`review-choices:${reviewId}`]);
  return scope.db.getRepository(Review).findOneByOrFail({ id: reviewId });
}

/** Choices can change until the IRO locks them, and only for a review still to come. */
function requireOpen(review: Review): void {
  if (review.choicesLockedAt) throw choicesLocked();
  if (!isStillToCome(review)) {
    throw badUserInput([{ field: "reviewId", code: "NOT_COMING_UP", message: "This review is not coming up any more, so its choices cannot change." }]);
  }
}

function answersOf(draft: Draft): Answers {
  return {
    ...(Object.fromEntries(SHARED_KEYS.map((key) => [key, draft.shared[key]])) as Pick<Answers, (typeof SHARED_KEYS)[number]>),
    ...(Object.fromEntries(PRIVATE_KEYS.map((key) => [key, draft.private[key]])) as Pick<Answers, (typeof PRIVATE_KEYS)[number]>),
  };
}

function pick<K extends keyof Answers>(answers: Answers, keys: readonly K[]): Pick<Answers, K> {
  return Object.fromEntries(keys.map((key) => [key, answers[key]])) as Pick<Answers, K>;
}

/** One table's draft row for a review, made empty if there is none yet, and locked until the transaction ends. */
async function lockedDraftRow<T extends ReviewChoiceSet | PrivateChoiceSet>(db: EntityManager, entity: new () => T, review: Review): Promise<T> {
  const repository = db.getRepository<ReviewChoiceSet | PrivateChoiceSet>(entity);
  await repository
    .createQueryBuilder()
    .insert()
    .values({ reviewId: review.id, youngPersonId: review.youngPersonId, version: ChoicesVersion.DRAFT })
    .orIgnore()
    .execute();
  return (await repository
    .createQueryBuilder("set")
    .setLock("pessimistic_write")
    .where("set.review_id = :reviewId AND set.version = :version", { reviewId: review.id, version: ChoicesVersion.DRAFT })
    .getOneOrFail()) as T;
}

/** The young person's draft for a review, both parts of it. */
async function lockedDraft(db: EntityManager, review: Review): Promise<Draft> {
  return { shared: await lockedDraftRow(db, ReviewChoiceSet, review), private: await lockedDraftRow(db, PrivateChoiceSet, review) };
}

export async function saveDraft(scope: RequestScope, input: SaveReviewChoicesInput): Promise<Review> {
  await requireReviewAccess(scope, "update", "choices", input.reviewId);
  const review = await takeTurnOn(scope, input.reviewId);
  requireOpen(review);
  const draft = await lockedDraft(scope.db, review);
  const answers = merge(answersOf(draft), input);
  const problems = await problemsWith(scope.db, review, answers);
  if (problems.length > 0) throw badUserInput(problems);
  await scope.db.getRepository(ReviewChoiceSet).save(Object.assign(draft.shared, pick(answers, SHARED_KEYS)));
  await scope.db.getRepository(PrivateChoiceSet).save(Object.assign(draft.private, pick(answers, PRIVATE_KEYS)));
  return review;
}

export async function send(scope: RequestScope, reviewId: string): Promise<Review> {
  await requireReviewAccess(scope, "update", "choices", reviewId);
  const review = await takeTurnOn(scope, reviewId);
  requireOpen(review);
  const answers = answersOf(await lockedDraft(scope.db, review));
  if (!ANSWER_KEYS.some((key) => isAnswered(answers[key]))) {
    throw badUserInput([{ field: "reviewId", code: "NOTHING_ANSWERED", message: "Answer at least one question before you send your choices." }]);
  }
  const sent = { reviewId: review.id, youngPersonId: review.youngPersonId, version: ChoicesVersion.SENT, updatedAt: new Date() };
  await scope.db.getRepository(ReviewChoiceSet).upsert({ ...sent, ...pick(answers, SHARED_KEYS) }, ["reviewId", "version"]);
  await scope.db.getRepository(PrivateChoiceSet).upsert({ ...sent, ...pick(answers, PRIVATE_KEYS) }, ["reviewId", "version"]);
  return review;
}

export async function answer(scope: RequestScope, input: AnswerChoiceInput): Promise<Review> {
  const review = await requireReviewAccess(scope, "create", "choice-answer", input.reviewId);
  const sent = await scope.db.getRepository(ReviewChoiceSet).findOneBy({ reviewId: review.id, version: ChoicesVersion.SENT });
  if (!sent || !hasAnswerAbout(sent, input.topic)) {
    throw badUserInput([{ field: "topic", code: "NOT_SENT_YET", message: "The young person has not sent a choice about this yet." }]);
  }
  const reason = cleanText(input.reason) ?? null;
  if (!input.accepted && !reason) {
    throw badUserInput([{ field: "reason", code: "REQUIRED", message: "Say why, in words the young person will understand." }]);
  }
  await scope.db.getRepository(ChoiceAnswer).upsert(
    {
      reviewId: review.id,
      youngPersonId: review.youngPersonId,
      topic: input.topic,
      accepted: input.accepted,
      reason,
      answeredByAccountId: scope.viewer!.account.id,
      answeredAt: new Date(),
    },
    ["reviewId", "topic"],
  );
  return review;
}

export async function setLocked(scope: RequestScope, input: LockReviewChoicesInput): Promise<Review> {
  await requireReviewAccess(scope, "lock", "choices", input.reviewId);
  const review = await takeTurnOn(scope, input.reviewId);
  review.choicesLockedAt = input.locked ? new Date() : null;
  await scope.db.getRepository(Review).update({ id: review.id }, { choicesLockedAt: review.choicesLockedAt });
  return review;
}

/**
 * Who is not wanted, from the same version of the choices, for the young person and their IRO; null for anyone else
 * allowed the choices (a social worker, the IRO's manager), so that the page they open shows the rest without it, as
 * the young person was told: "Only your IRO will see this answer."
 */
export async function readPrivateChoices(scope: RequestScope, set: ReviewChoiceSet): Promise<PrivateChoiceSet | null> {
  if (!(await may(scope, "read", "private-choices", set.youngPersonId))) return null;
  scope.audit.record("read", "private-choices", set.youngPersonId);
  const { draft, sent } = await scope.loaders.privateChoicesByReviewId.load(set.reviewId);
  return set.version === ChoicesVersion.DRAFT ? draft : sent;
}
