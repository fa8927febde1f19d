import { formatDate } from "~/format/dates";
import { listInWords } from "~/format/lists";
import type { ContributionLinksQuery, Relationship } from "~/graphql/generated/graphql";
import { t } from "~/messages/messages";

type YoungPerson = ContributionLinksQuery["youngPerson"];
type NetworkLink = YoungPerson["network"][number];
export type LinkMade = NonNullable<YoungPerson["nextReview"]>["contributionLinks"][number];

/** A link just made: its address is shown once, then only its state is ever shown again. */
export type MadeLink = { firstName: string; url: string; expiresAt: string };

/** Each person's button has its own id, so an error about making their link points at it. */
export const makeLinkButtonId = (personId: string) => `make-link-${personId}`;

/** Someone the IRO may ask for their views, with the newest link made for them, if any. */
export type PersonToAsk = { personId: string; firstName: string; relationships: Relationship[]; latest: LinkMade | null };

/**
 * The people in the young person's network who may be invited, once each (someone may be both a grandparent and a
 * kinship carer), in the network's order. Links come newest first, so the first one found for someone is their latest.
 */
export function peopleToAsk(network: readonly NetworkLink[], links: readonly LinkMade[]): PersonToAsk[] {
  const people = new Map<string, PersonToAsk>();
  for (const { mayBeInvited, relationship, person } of network) {
    if (!mayBeInvited) continue;
    const known = people.get(person.id);
    if (known) known.relationships.push(relationship);
    else people.set(person.id, { personId: person.id, firstName: person.firstName, relationships: [relationship], latest: links.find((link) => link.person.id === person.id) ?? null });
  }
  return [...people.values()];
}

/** "Helen (foster carer)". */
export function personLabel({ firstName, relationships }: PersonToAsk): string {
  return t("contributionLinks.person", { name: firstName, relationships: listInWords(relationships.map((relationship) => t(`relationship.${relationship}`))) });
}

/** Where this person's latest link is in its life, in a sentence. */
export function linkStatus({ firstName, latest }: PersonToAsk): string {
  if (!latest) return t("contributionLinks.status.none");
  if (latest.state === "OPEN") return t("contributionLinks.status.OPEN", { created: formatDate(latest.createdAt), expires: formatDate(latest.expiresAt) });
  return t(`contributionLinks.status.${latest.state}`, { name: firstName });
}

/** A second link for someone stops the first working, and the button says so. */
export function makeLinkLabel({ firstName, latest }: PersonToAsk): string {
  return t(latest ? "contributionLinks.makeAgain" : "contributionLinks.make", { name: firstName });
}
