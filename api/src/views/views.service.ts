import type { EntityManager } from "typeorm";
import type { RequestScope } from "../kernel/context";
import { badUserInput, type FieldError } from "../kernel/errors";
import { isStillToCome, requireReviewAccess } from "../reviews/review-access";
import type { Review } from "../reviews/review.entity";
import { FEELING_ANSWERS, TEXT_ANSWERS, VIEWS_CONTENT, type ViewsAnswers } from "./views-answers";
import { ViewsDraft } from "./views-draft.entity";
import type { ViewsAudience } from "./views-options";
import { ViewsVersion } from "./views-version.entity";
import type { SaveViewsDraftInput, SubmitViewsInput } from "./views.inputs";

/** What a draft and a version hold alike: everything the young person chose, who may read it included. */
type Views = ViewsAnswers & { audience: ViewsAudience | null };
const VIEWS_FIELDS = [...VIEWS_CONTENT, "audience"] as const satisfies readonly (keyof Views & keyof SaveViewsDraftInput)[];

export function hasAnswers(views: ViewsAnswers): boolean {
  return [...TEXT_ANSWERS, ...FEELING_ANSWERS].some((key) => views[key] !== null);
}

export function isSameViews(one: Views, other: Views): boolean {
  return VIEWS_FIELDS.every((key) => one[key] === other[key]);
}

/** What a field sent as null becomes: no answer, or, for the shorter questions, not using them. */
const clearedValue = (key: keyof Views) => (key === "usedShorterVersion" ? false : null);

/** The page's answers laid over the draft: left out keeps, null clears. Text with nothing but spaces is no answer. */
function merge(draft: ViewsDraft, input: SaveViewsDraftInput): void {
  for (const key of VIEWS_FIELDS) {
    const value = input[key];
    if (value === undefined) continue;
    const cleared = value === null || (typeof value === "string" && value.trim() === "");
    Object.assign(draft, { [key]: cleared ? clearedValue(key) : value });
  }
}

/** Views can be written until the review starts; after that, what was submitted is what the review hears. */
function requireOpen(review: Review): void {
  if (!isStillToCome(review)) {
    throw badUserInput([{ field: "reviewId", code: "NOT_COMING_UP", message: "Your review has started, so your views cannot change now. You can still tell your IRO." }]);
  }
}

/** The draft for a review, locked until the transaction ends; null when there is none, or it may no longer change. */
function lockDraft(db: EntityManager, reviewId: string): Promise<ViewsDraft | null> {
  return db.getRepository(ViewsDraft).createQueryBuilder("draft").setLock("pessimistic_write").where("draft.review_id = :reviewId", { reviewId }).getOne();
}

export async function saveDraft(scope: RequestScope, input: SaveViewsDraftInput): Promise<ViewsDraft> {
  const review = await requireReviewAccess(scope, "update", "views", input.reviewId);
  requireOpen(review);
  const drafts = scope.db.getRepository(ViewsDraft);
  await drafts.createQueryBuilder().insert().values({ reviewId: review.id, youngPersonId: review.youngPersonId }).orIgnore().execute();
  const draft = await lockDraft(scope.db, review.id);
  if (!draft) throw new Error("A draft the young person may write was not found after it was made.");
  merge(draft, input);
  return drafts.save(draft);
}

/**
 * Makes the draft the next version. A submission key is stored with its version, so the same key again answers with
 * that version and stores nothing, whenever it comes. A new key with nothing changed since the last version answers
 * with the last version too, rather than an error or a copy: pressing submit twice on purpose is not a mistake.
 */
export async function submit(scope: RequestScope, input: SubmitViewsInput): Promise<ViewsVersion> {
  const review = await requireReviewAccess(scope, "create", "views", input.reviewId);
  // Submissions of the same review wait for each other here, so a repeat finds the version the first one stored.
  const draft = await lockDraft(scope.db, review.id);
  const versions = scope.db.getRepository(ViewsVersion);
  const already = await versions.findOneBy({ reviewId: review.id, submissionKey: input.submissionKey });
  if (already) return already;
  requireOpen(review);

  const problems: FieldError[] = [];
  if (!draft || !hasAnswers(draft)) problems.push({ field: "reviewId", code: "NOTHING_ANSWERED", message: "Answer at least one question before you send your views." });
  if (!draft?.audience) problems.push({ field: "audience", code: "REQUIRED", message: "Choose who can read your views." });
  if (problems.length > 0 || !draft?.audience) throw badUserInput(problems);

  const latest = await versions.findOne({ where: { reviewId: review.id }, order: { number: "DESC" } });
  if (latest && isSameViews(latest, draft)) return latest;
  const content = Object.fromEntries(VIEWS_CONTENT.map((key) => [key, draft[key]])) as Pick<ViewsAnswers, (typeof VIEWS_CONTENT)[number]>;
  return versions.save(
    versions.create({
      ...content,
      reviewId: review.id,
      youngPersonId: review.youngPersonId,
      number: (latest?.number ?? 0) + 1,
      audience: draft.audience,
      submissionKey: input.submissionKey,
    }),
  );
}
