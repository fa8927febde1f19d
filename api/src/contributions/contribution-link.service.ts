import { timingSafeEqual } from "node:crypto";
import { IsNull, type EntityManager } from "typeorm";
import { hashSecretToken } from "../kernel/access/secret-token";
import { isUuid } from "../kernel/pagination";
import { badUserInput } from "../kernel/errors";
import { NetworkLink } from "../people/network-link.entity";
import { isStillToCome, requireReviewAccess } from "../reviews/review-access";
import type { Review } from "../reviews/review.entity";
import { ContributionLink } from "./contribution-link.entity";
import { ContributionPurpose } from "./contribution-purpose";
import { ContributionLinkState } from "./contribution.types";
import { relationshipToAskAs } from "./contribution-questions";
import { issueLink, linkTokenOf } from "./single-use-link";
import type { RequestScope, ViewerAccount } from "../kernel/context";

/** A link works until the review starts, and never longer than this: a link forwarded or left in an inbox dies. */
const CONTRIBUTION_LINK_LONGEST_MS = 28 * 24 * 60 * 60 * 1000;

/** The caller's new link for someone in the network of a review's young person, if they may make one for it. */
export async function createContributionLink(scope: RequestScope, input: { reviewId: string; personId: string }): Promise<{ link: ContributionLink; token: string }> {
  const review = await requireReviewAccess(scope, "create", "contribution-link", input.reviewId);
  return issueContributionLink(scope.db, { review, personId: input.personId, issuedBy: scope.viewer!.account, tokenKey: scope.tokenKey });
}

/**
 * Someone's open link for a review, with its token made again, for the IRO or manager who may make links for it to
 * send once more: until the link is used, expires or is replaced, and only for a link made with the API's current
 * key. Asking is recorded in the audit as reading the link's token. Null when there is no such link to show.
 */
export async function contributionLinkToSend(scope: RequestScope, input: { reviewId: string; personId: string }): Promise<{ link: ContributionLink; token: string } | null> {
  const review = await requireReviewAccess(scope, "read", "contribution-link-token", input.reviewId);
  if (!isUuid(input.personId)) return null;
  const link = await scope.db
    .getRepository(ContributionLink)
    .findOneBy({ reviewId: review.id, personId: input.personId, purpose: ContributionPurpose.VIEWS, usedAt: IsNull(), revokedAt: IsNull() });
  if (!link || (await scope.loaders.contributionLinkStateById.load(link.id)) !== ContributionLinkState.OPEN) return null;
  const token = linkTokenOf(scope.tokenKey, link.id);
  // A link made with another key (before the key changed, or by the demo data's seed) cannot be made again.
  return timingSafeEqual(hashSecretToken(token), link.tokenHash) ? { link, token } : null;
}

/**
 * A new link for someone in the young person's network to give their views before a review, until it starts and for
 * 28 days at most. Any open link for the same person, review and purpose stops working.
 */
export async function issueContributionLink(
  db: EntityManager,
  input: { review: Review; personId: string; issuedBy: ViewerAccount; tokenKey: string },
  now = new Date(),
): Promise<{ link: ContributionLink; token: string }> {
  const { review, personId } = input;
  if (!isStillToCome(review, now)) {
    throw badUserInput([{ field: "reviewId", code: "NOT_COMING_UP", message: "Views can be asked for only before a planned review starts." }]);
  }
  const networkLinks = await db.getRepository(NetworkLink).findBy({ youngPersonId: review.youngPersonId, personId, mayBeInvited: true });
  const relationship = relationshipToAskAs(networkLinks.map((link) => link.relationship));
  if (!relationship) {
    throw badUserInput([{ field: "personId", code: "NOT_ON_THE_LIST", message: "Choose someone in the young person's network who may be invited." }]);
  }
  const expiresAt = new Date(Math.min(review.scheduledFor.getTime(), now.getTime() + CONTRIBUTION_LINK_LONGEST_MS));
  return issueLink(db, { ...input, purpose: ContributionPurpose.VIEWS, relationship, expiresAt }, now);
}
