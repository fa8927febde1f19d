import { IsNull, type EntityManager } from "typeorm";
import { hashSecretToken, newSecretToken } from "../kernel/access/secret-token";
import { badUserInput } from "../kernel/errors";
import { NetworkLink } from "../people/network-link.entity";
import { isStillToCome, requireReviewAccess } from "../reviews/review-access";
import type { Review } from "../reviews/review.entity";
import { ContributionLink } from "./contribution-link.entity";
import { ContributionPurpose } from "./contribution-purpose";
import { relationshipToAskAs } from "./contribution-questions";
import type { RequestScope, ViewerAccount } from "../kernel/context";

/** A link works until the review starts, and never longer than this: a link forwarded or left in an inbox dies. */
const CONTRIBUTION_LINK_LONGEST_MS = 28 * 24 * 60 * 60 * 1000;

/** The caller's new link for someone in the network of a review's young person, if they may make one for it. */
export async function createContributionLink(scope: RequestScope, input: { reviewId: string; personId: string }): Promise<{ link: ContributionLink; token: string }> {
  const review = await requireReviewAccess(scope, "create", "contribution-link", input.reviewId);
  return issueContributionLink(scope.db, { review, personId: input.personId, issuedBy: scope.viewer!.account });
}

/**
 * A new link for someone in the young person's network to give their views before a review. Any open link for the
 * same person, review and purpose stops working. The token is returned once and kept only as a hash.
 */
export async function issueContributionLink(
  db: EntityManager,
  input: { review: Review; personId: string; issuedBy: ViewerAccount },
  now = new Date(),
): Promise<{ link: ContributionLink; token: string }> {
  const { review, personId, issuedBy } = input;
  if (!isStillToCome(review, now)) {
    throw badUserInput([{ field: "reviewId", code: "NOT_COMING_UP", message: "Views can be asked for only before a planned review starts." }]);
  }
  const networkLinks = await db.getRepository(NetworkLink).findBy({ youngPersonId: review.youngPersonId, personId, mayBeInvited: true });
  const relationship = relationshipToAskAs(networkLinks.map((link) => link.relationship));
  if (!relationship) {
    throw badUserInput([{ field: "personId", code: "NOT_ON_THE_LIST", message: "Choose someone in the young person's network who may be invited." }]);
  }

  // Two links asked for at once (a double click) take turns, so the second revokes the first rather than failing.
  await db.query("SELECT id FROM review WHERE id = $1 FOR NO KEY UPDATE", [review.id]);
  const links = db.getRepository(ContributionLink);
  const purpose = ContributionPurpose.VIEWS;
  await links.update({ reviewId: review.id, personId, purpose, usedAt: IsNull(), revokedAt: IsNull() }, { revokedAt: now });
  const token = newSecretToken();
  const expiresAt = new Date(Math.min(review.scheduledFor.getTime(), now.getTime() + CONTRIBUTION_LINK_LONGEST_MS));
  const link = await links.save(
    links.create({
      reviewId: review.id,
      youngPersonId: review.youngPersonId,
      localAuthorityId: issuedBy.localAuthorityId,
      personId,
      relationship,
      purpose,
      tokenHash: hashSecretToken(token),
      createdByAccountId: issuedBy.id,
      expiresAt,
      usedAt: null,
      revokedAt: null,
    }),
  );
  return { link, token };
}
