import { randomUUID } from "node:crypto";
import { IsNull, type EntityManager } from "typeorm";
import { derivedSecretToken, hashSecretToken, isWellFormedSecretToken } from "../kernel/access/secret-token";
import type { Action, Subject } from "../kernel/access/permissions";
import type { AuditActor, RequestScope, ViewerAccount } from "../kernel/context";
import { badUserInput } from "../kernel/errors";
import type { Relationship } from "../people/relationship";
import type { StaffContact } from "../people/staff-contact.entity";
import { staffContact } from "../people/staff-contact.service";
import type { Review } from "../reviews/review.entity";
import { ContributionLink } from "./contribution-link.entity";
import { type ContributionPurpose } from "./contribution-purpose";
import { contributionFormClosed, ContributionFormClosedReason, type ContributionLinkState, type ContributionFormClosed } from "./contribution.types";

/**
 * The single-use link, whatever it asks for (ADR 008, 014, 022): one link, one purpose, one review. Made by staff with
 * a token derived from its id and kept only as a hash; held by someone without an account, whose request then claims
 * it and reaches nothing else; spent once; closed for good when used, expired or replaced.
 */

/** What the holder of a token may know: the link's scope and state, the young person's first name, the review's start and its IRO. */
export type HeldLink = Readonly<{
  linkId: string;
  reviewId: string;
  youngPersonId: string;
  localAuthorityId: string;
  relationship: Relationship;
  purpose: ContributionPurpose;
  state: ContributionLinkState;
  expiresAt: Date;
  youngPersonFirstName: string;
  reviewScheduledFor: Date;
  iro: StaffContact | null;
}>;

type LinkRow = {
  link_id: string;
  review_id: string;
  young_person_id: string;
  local_authority_id: string;
  relationship: Relationship;
  purpose: ContributionPurpose;
  state: ContributionLinkState;
  expires_at: Date;
  first_name: string;
  review_scheduled_for: Date;
  iro_name: string | null;
  iro_phone: string | null;
  iro_email: string | null;
};

/** A link's token is made from its id with the API's key, so it can be made again and never needs storing (ADR 014). */
export const linkTokenOf = (tokenKey: string, linkId: string) => derivedSecretToken(tokenKey, `contribution-link:${linkId}`);

/**
 * The link a token opens for this purpose, through the one database function that may look past row-level security
 * for it (app_contribution_link_by_token): the holder has no account, so no policy would show them anything. A link
 * made for another purpose opens nothing here, as if unknown.
 */
async function findLink(db: EntityManager, token: string, purpose: ContributionPurpose): Promise<HeldLink | null> {
  if (!isWellFormedSecretToken(token)) return null;
  const rows: LinkRow[] = await db.query("SELECT * FROM app_contribution_link_by_token($1)", [hashSecretToken(token)]);
  const row = rows[0];
  if (!row || row.purpose !== purpose) return null;
  return {
    linkId: row.link_id,
    reviewId: row.review_id,
    youngPersonId: row.young_person_id,
    localAuthorityId: row.local_authority_id,
    relationship: row.relationship,
    purpose: row.purpose,
    state: row.state,
    expiresAt: row.expires_at,
    youngPersonFirstName: row.first_name,
    reviewScheduledFor: row.review_scheduled_for,
    iro: row.iro_name === null ? null : staffContact(row.iro_name, row.iro_phone, row.iro_email),
  };
}

/**
 * Finds the token's link and, if there is one, acts as its holder for the rest of the request: row-level security
 * then lets the request reach that link's own rows and nothing else of anyone's.
 */
export async function holdLink(scope: RequestScope, token: string, purpose: ContributionPurpose): Promise<HeldLink | null> {
  const link = await findLink(scope.db, token, purpose);
  if (!link) return null;
  if (!(await scope.claims.claimContributionLink(link.linkId))) {
    throw badUserInput([{ field: "token", code: "CONFLICTING", message: "Send one link's token at a time." }]);
  }
  return link;
}

/** Records what the holder did, as the link's doing, about its young person's record. */
export function auditAsHolder(scope: RequestScope, link: HeldLink, action: Action, subject: Subject): void {
  const actor: AuditActor = { kind: "contribution-link", linkId: link.linkId, localAuthorityId: link.localAuthorityId };
  scope.audit.recordBy(actor, action, subject, link.youngPersonId);
}

const CLOSED_BECAUSE: Readonly<Record<ContributionLinkState, ContributionFormClosedReason>> = {
  // Never asked for: an open link is not closed. Here so that every state has an answer.
  OPEN: ContributionFormClosedReason.UNKNOWN,
  USED: ContributionFormClosedReason.USED,
  EXPIRED: ContributionFormClosedReason.EXPIRED,
  REVOKED: ContributionFormClosedReason.REVOKED,
};

/** Why a link cannot be used; null is a token that opens no link. */
export const closedFor = (state: ContributionLinkState | null): ContributionFormClosed =>
  contributionFormClosed(state === null ? ContributionFormClosedReason.UNKNOWN : CLOSED_BECAUSE[state]);

/**
 * Waits for any other request writing through the same link, then looks again: a link used or revoked meanwhile
 * is seen as it is now. Every write through a link happens after this, one at a time.
 */
export async function stateOnceAlone(scope: RequestScope, link: HeldLink, token: string): Promise<ContributionLinkState | null> {
  await scope.db.query("SELECT id FROM contribution_link WHERE id = $1 FOR UPDATE", [link.linkId]);
  return (await findLink(scope.db, token, link.purpose))?.state ?? null;
}

/** Spends the held link: it works once. */
export async function spendLink(scope: RequestScope, link: HeldLink, now: Date): Promise<void> {
  await scope.db.getRepository(ContributionLink).update({ id: link.linkId }, { usedAt: now });
}

/**
 * A new link for one purpose and review, for a person in the network or (personId null) someone named elsewhere. Any
 * open link for the same person, review and purpose stops working. The token is kept only as a hash, and made again
 * from the link's id with `tokenKey` when it is shown again.
 */
export async function issueLink(
  db: EntityManager,
  input: { review: Review; purpose: ContributionPurpose; personId: string | null; relationship: Relationship; expiresAt: Date; issuedBy: ViewerAccount; tokenKey: string },
  now = new Date(),
): Promise<{ link: ContributionLink; token: string }> {
  const { review, purpose, personId, relationship, expiresAt, issuedBy, tokenKey } = input;
  const links = db.getRepository(ContributionLink);
  if (personId !== null) {
    // Two links asked for at once (a double click) take turns, so the second revokes the first rather than failing.
    await db.query("SELECT id FROM review WHERE id = $1 FOR NO KEY UPDATE", [review.id]);
    await links.update({ reviewId: review.id, personId, purpose, usedAt: IsNull(), revokedAt: IsNull() }, { revokedAt: now });
  }
  const id = randomUUID();
  const token = linkTokenOf(tokenKey, id);
  const link = await links.save(
    links.create({
      id,
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
