import type { Feeling, PreReviewPackQuery } from "~/graphql/generated/graphql";
import { t, type MessageId } from "~/messages/messages";

export type Pack = PreReviewPackQuery["preReviewPack"];
type Views = NonNullable<Pack["review"]["views"]["latest"]>;
type Contribution = Pack["review"]["contributions"][number];

export type Line = { key: string; label: string; text: string };

const VIEWS_QUESTIONS = ["goingWell", "worryingMe", "wouldLikeToChange", "talkAboutAtReview", "anythingElse"] as const;
const FEELING_AREAS = ["feelingAboutHome", "feelingAboutSchool", "feelingAboutHealth", "feelingAboutFamilyTime", "feelingAboutFriendsAndActivities"] as const;
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
export function viewsLines(views: Views, firstName: string): Line[] {
  return VIEWS_QUESTIONS.filter((key) => views[key]).map((key) => ({
    key,
    label: t(`pack.views.question.${key}`, { firstName }),
    text: views[key] ?? "",
  }));
}

/** How the young person feels about each part of their life, in words; an area they skipped is said to be skipped. */
export function feelingLines(views: Views): Line[] {
  return FEELING_AREAS.map((key) => {
    const feeling: Feeling | null | undefined = views[key];
    return { key, label: t(`pack.views.area.${key}`), text: feeling ? t(`pack.feeling.${feeling}`) : t("pack.notAnswered") };
  });
}

export function contributionLines(contribution: Contribution, firstName: string): Line[] {
  return CONTRIBUTION_QUESTIONS.filter((key) => contribution.answers[key]).map((key) => ({
    key,
    label: t(`pack.contribution.question.${key}`, { firstName }),
    text: contribution.answers[key] ?? "",
  }));
}

/** Whether something came in after the IRO last opened the pack; on a first opening nothing is marked, as all is new. */
export function newSinceLastOpened(pack: Pack): (at: string | null | undefined) => boolean {
  const since = pack.previouslyOpenedAt ? new Date(pack.previouslyOpenedAt) : null;
  return (at) => Boolean(since && at && new Date(at) > since);
}

/** What came in after the IRO last opened the pack, to list at the top. */
export function whatIsNew(pack: Pack, firstName: string): string[] {
  const isNew = newSinceLastOpened(pack);
  const items: string[] = [];
  if (isNew(pack.review.choices.sent?.updatedAt)) items.push(t("pack.new.choices", { firstName }));
  if (isNew(pack.review.views.latest?.submittedAt)) items.push(t("pack.new.views", { firstName }));
  for (const contribution of pack.review.contributions) {
    if (isNew(contribution.submittedAt)) items.push(t("pack.new.contribution", { name: contribution.person.firstName }));
  }
  return items;
}

export const relationshipLabel = (relationship: string) => t(`pack.relationship.${relationship}` as MessageId);
