import type { Feeling, PreReviewPackQuery } from "~/graphql/generated/graphql";
import { t, type MessageId } from "~/messages/messages";

export type Pack = PreReviewPackQuery["preReviewPack"];
type Views = NonNullable<Pack["review"]["views"]["latest"]>;
export type ViewsAnswers = Pick<Views, (typeof VIEWS_QUESTIONS)[number] | (typeof FEELING_AREAS)[number]>;
type Contribution = Pack["review"]["contributions"][number];

export type Line = { key: string; label: string; text: string };

export const VIEWS_QUESTIONS = ["goingWell", "worryingMe", "wouldLikeToChange", "talkAboutAtReview", "anythingElse"] as const;
export const FEELING_AREAS = ["feelingAboutHome", "feelingAboutSchool", "feelingAboutHealth", "feelingAboutFamilyTime", "feelingAboutFriendsAndActivities"] as const;
const CONTRIBUTION_QUESTIONS = [
  "howThingsAreGoing",
  "whatIsGoingWell",
  "whatWorriesYou",
  "whatToTalkAbout",
  "familyTime",
  "yourInvolvement",
  "dailyLife",
  "supportForYou",
  "carePlanProgress",
  "changesSinceLastReview",
  "howYouKnowThem",
  "anythingElse",
] as const;

/** The young person's answers, as they wrote them: nothing is trimmed, reworded or left out but what they skipped. */
export function viewsLines(views: ViewsAnswers, firstName: string): Line[] {
  return VIEWS_QUESTIONS.filter((key) => views[key]).map((key) => ({
    key,
    label: t(`pack.views.question.${key}`, { firstName }),
    text: views[key] ?? "",
  }));
}

/** How the young person feels about each part of their life, in words; an area they skipped is said to be skipped. */
export function feelingLines(views: ViewsAnswers): Line[] {
  return FEELING_AREAS.map((key) => ({ key, label: t(`pack.views.area.${key}`), text: feelingWords(views[key]) ?? t("pack.notAnswered") }));
}

/** A feeling in words; null when the young person skipped it. */
export function feelingWords(feeling: Feeling | null | undefined): string | null {
  return feeling ? t(`pack.feeling.${feeling}`) : null;
}

export function contributionLines(contribution: Contribution, firstName: string): Line[] {
  return CONTRIBUTION_QUESTIONS.filter((key) => contribution.answers[key]).map((key) => ({
    key,
    label: t(`pack.contribution.question.${key}`, { firstName }),
    text: contribution.answers[key] ?? "",
  }));
}

/**
 * Whether something came in after the reader last said they had read the pack. Until they first say so, everything in
 * it is new to them.
 */
export function newSinceRead(pack: Pick<Pack, "readUpTo">): (at: string | null | undefined) => boolean {
  const readUpTo = pack.readUpTo ? new Date(pack.readUpTo) : null;
  return (at) => Boolean(at && (!readUpTo || new Date(at) > readUpTo));
}

/** Where each part of the pack is, for the list of what is new to link to. */
export const PACK_PLACES = { needs: "pack-needs", choices: "pack-choices", views: "pack-views" } as const;
export const contributionPlace = (contributionId: string) => `contribution-${contributionId}`;

export type NewItem = { place: string; text: string };

/** What came in after the reader last said they had read the pack, in the pack's order, each with where it is. */
export function whatIsNew(pack: Pack, firstName: string): NewItem[] {
  const isNew = newSinceRead(pack);
  const { review, youngPerson } = pack;
  const items: NewItem[] = [];
  if (isNew(youngPerson.communicationNeeds?.updatedAt)) items.push({ place: PACK_PLACES.needs, text: t("pack.new.needs", { firstName }) });
  if (isNew(review.choices.sent?.updatedAt)) items.push({ place: PACK_PLACES.choices, text: t("pack.new.choices", { firstName }) });
  const views = review.views.latest;
  if (views && isNew(views.submittedAt)) items.push({ place: PACK_PLACES.views, text: t("pack.new.views", { firstName, number: String(views.number) }) });
  for (const contribution of review.contributions) {
    if (isNew(contribution.submittedAt)) {
      items.push({ place: contributionPlace(contribution.id), text: t("pack.new.contribution", { name: contribution.person.firstName }) });
    }
  }
  return items;
}

export const relationshipLabel = (relationship: string) => t(`pack.relationship.${relationship}` as MessageId);
